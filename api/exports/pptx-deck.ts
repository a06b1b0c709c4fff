import pptxgenjs from 'pptxgenjs';
import type { ReportContent, ReportTable } from './report-content.ts';

/** Rows per table slide: a 16:9 slide holds this many at a readable size. */
const rowsPerSlide = 12;
const brand = '0B5C55';
/** Node loads the package's ESM build, whose default export is the class; its CommonJS-style types wrap it in `default`. */
const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;
const languageTag = { ar: 'ar-SA', en: 'en-GB' } as const;

function pages(table: ReportTable): string[][][] {
  if (table.rows.length === 0) return [[]];
  const out: string[][][] = [];
  for (let i = 0; i < table.rows.length; i += rowsPerSlide) out.push(table.rows.slice(i, i + rowsPerSlide));
  return out;
}

/**
 * A report as a PowerPoint deck (pptxgenjs): a title slide, then each table on slides of its own.
 * An Arabic deck is right-to-left throughout: the presentation's RTL mode, every paragraph RTL and
 * right-aligned, and table columns in reading order from the right.
 */
export async function reportDeck(content: ReportContent): Promise<Buffer> {
  const rtl = content.locale === 'ar';
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = rtl;
  pptx.title = content.title;
  pptx.subject = content.subtitle;
  pptx.company = 'Tamayuz';
  const text = {
    rtlMode: rtl,
    align: rtl ? ('right' as const) : ('left' as const),
    lang: languageTag[content.locale],
    fontFace: 'Arial',
  };

  const cover = pptx.addSlide();
  cover.background = { color: brand };
  cover.addText(content.title, { ...text, x: 0.6, y: 2.4, w: 12.1, h: 1.2, fontSize: 40, bold: true, color: 'FFFFFF' });
  cover.addText(content.subtitle, { ...text, x: 0.6, y: 3.7, w: 12.1, h: 0.8, fontSize: 22, color: 'FFFFFF' });

  for (const table of content.tables) {
    for (const rows of pages(table)) {
      const slide = pptx.addSlide();
      slide.addText(table.heading, { ...text, x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontSize: 28, bold: true, color: brand });
      // Right to left: the first column sits at the right edge.
      const order = <T>(cells: T[]) => (rtl ? [...cells].reverse() : cells);
      const header = order(table.columns).map((c) => ({
        text: c,
        options: { ...text, bold: true, color: 'FFFFFF', fill: { color: brand } },
      }));
      const body = rows.map((r) => order(r).map((c) => ({ text: c, options: text })));
      slide.addTable([header, ...body], { x: 0.5, y: 1.3, w: 12.3, fontSize: 14, border: { type: 'solid', pt: 0.5, color: 'BFC7C6' } });
    }
  }
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
