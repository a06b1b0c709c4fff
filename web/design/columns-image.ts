import type { Locale } from '../i18n/locale.ts';

/** One column of a board picture: its heading and its cards (a title line and a detail line). */
export interface ImageColumn {
  heading: string;
  cards: { title: string; detail: string }[];
}

const columnWidth = 260;
const gap = 16;
const cardHeight = 64;
const top = 72;
const fontFamily = 'Noto Naskh Arabic, Arial, sans-serif';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Long texts are cut so a card keeps one line each; the full text is on the page. */
function clip(text: string, max = 34): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Columns of cards as a self-contained SVG picture (journey maps, workshop boards): columns in
 * reading order, from the right in Arabic, text anchored at the reading start.
 */
export function columnsSvg(title: string, locale: Locale, columns: ImageColumn[]): string {
  const rtl = locale === 'ar';
  const n = Math.max(1, columns.length);
  const width = n * columnWidth + (n + 1) * gap;
  const tallest = Math.max(1, ...columns.map((c) => c.cards.length));
  const height = top + 40 + tallest * (cardHeight + 10) + gap;
  const anchor = rtl ? 'end' : 'start';
  const textAt = (x: number, y: number, text: string, size: number, weight = 'normal', fill = '#1b1f23') =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(text)}</text>`;
  const parts = columns.map((column, i) => {
    const x = gap + (rtl ? n - 1 - i : i) * (columnWidth + gap);
    const inner = rtl ? x + columnWidth - 10 : x + 10;
    const cards = column.cards.map((card, j) => {
      const y = top + 40 + j * (cardHeight + 10);
      return [
        `<rect x="${x}" y="${y}" width="${columnWidth}" height="${cardHeight}" rx="6" fill="#ffffff" stroke="#9aa5a4"/>`,
        textAt(inner, y + 24, clip(card.title), 14, 'bold'),
        textAt(inner, y + 48, clip(card.detail, 40), 12, 'normal', '#3d4a49'),
      ].join('');
    });
    return [
      `<rect x="${x}" y="${top}" width="${columnWidth}" height="32" rx="4" fill="#0b5c55"/>`,
      textAt(inner, top + 21, clip(column.heading), 15, 'bold', '#ffffff'),
      ...cards,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" direction="${rtl ? 'rtl' : 'ltr'}" xml:lang="${locale}" font-family="${fontFamily}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#f6f8f8"/>`,
    textAt(rtl ? width - gap : gap, 40, title, 20, 'bold'),
    ...parts,
    '</svg>',
  ].join('\n');
}

/** Saves an SVG text as a file. */
export function downloadSvg(svg: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
