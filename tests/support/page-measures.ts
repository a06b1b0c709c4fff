import type { Locator, Page } from 'playwright-core';

/**
 * Text on the page written with Latin digits, outside identifiers (`[data-code]`, Code.tsx) and
 * form fields: in Arabic every number is written by format.ts in Arabic-Indic digits, so any hit
 * is a number that skipped the formatter. SVG text (chart ticks) counts like any other text.
 */
export function latinDigitTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[0-9]/.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[data-code], script, style, textarea, .visually-hidden[aria-live]')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      found.push(text.trim());
    }
    return found;
  });
}

/** Elements of `selector` whose content is wider than their box (scrolled or clipped away). */
export function overflowing(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els) =>
      els
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.getAttribute('data-testid') ?? el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
    );
}

/** Pairs of boxes from two sets that overlap by more than a pixel each way. */
export async function overlaps(a: Locator, b: Locator): Promise<string[]> {
  const boxes = async (l: Locator) =>
    l.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
  const [first, second] = [await boxes(a), await boxes(b)];
  const hits: string[] = [];
  for (const x of first)
    for (const y of second) {
      const w = Math.min(x.right, y.right) - Math.max(x.left, y.left);
      const h = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
      if (w > 1 && h > 1) hits.push(`${x.text} × ${y.text}`);
    }
  return hits;
}
