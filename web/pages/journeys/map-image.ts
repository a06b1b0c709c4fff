import type { JourneyMap } from '../../../workflows/journeys/journey-map.ts';
import type { Locale } from '../../i18n/locale.ts';

/** What the picture says besides the map's own names, already in the reader's language and digits. */
export interface MapImageWords {
  heading: string;
  channel(channel: string): string;
  minutes(waiting: number, handling: number): string;
}

const stageWidth = 260;
const gap = 16;
const cardHeight = 64;
const top = 72;
const fontFamily = 'Noto Naskh Arabic, Arial, sans-serif';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Long titles are cut so a card keeps one line; the full title is on the page. */
function fit(text: string, max = 34): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The journey map as an SVG picture: stages as columns in reading order (from the right in
 * Arabic), each step a card with its channel and times. Self-contained, so it opens anywhere.
 */
export function journeyMapSvg(map: JourneyMap, locale: Locale, words: MapImageWords): string {
  const rtl = locale === 'ar';
  const n = Math.max(1, map.stages.length);
  const width = n * stageWidth + (n + 1) * gap;
  const tallest = Math.max(1, ...map.stages.map((s) => s.steps.length));
  const height = top + 40 + tallest * (cardHeight + 10) + gap;
  const anchor = rtl ? 'end' : 'start';
  const textAt = (x: number, y: number, text: string, size: number, weight = 'normal', fill = '#1b1f23') =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escape(text)}</text>`;
  const parts = map.stages.map((stage, i) => {
    const column = rtl ? n - 1 - i : i;
    const x = gap + column * (stageWidth + gap);
    const inner = rtl ? x + stageWidth - 10 : x + 10;
    const cards = stage.steps.map((step, j) => {
      const y = top + 40 + j * (cardHeight + 10);
      return [
        `<rect x="${x}" y="${y}" width="${stageWidth}" height="${cardHeight}" rx="6" fill="#ffffff" stroke="#9aa5a4"/>`,
        textAt(inner, y + 24, fit(step.title[locale]), 14, 'bold'),
        textAt(
          inner,
          y + 48,
          `${words.channel(step.channel)} · ${words.minutes(step.waitingMinutes, step.handlingMinutes)}`,
          12,
          'normal',
          '#3d4a49',
        ),
      ].join('');
    });
    return [
      `<rect x="${x}" y="${top}" width="${stageWidth}" height="32" rx="4" fill="#0b5c55"/>`,
      textAt(inner, top + 21, fit(stage.title[locale]), 15, 'bold', '#ffffff'),
      ...cards,
    ].join('');
  });
  const titleX = rtl ? width - gap : gap;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" direction="${rtl ? 'rtl' : 'ltr'}" xml:lang="${locale}" font-family="${fontFamily}" role="img">`,
    `<title>${escape(`${words.heading} — ${map.title[locale]}`)}</title>`,
    `<rect width="100%" height="100%" fill="#f6f8f8"/>`,
    textAt(titleX, 40, `${words.heading} — ${map.title[locale]}`, 20, 'bold'),
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
