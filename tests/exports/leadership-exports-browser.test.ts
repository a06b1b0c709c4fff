import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { signIn } from '../support/api-client.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { improvement as ar } from '../../web/i18n/ar/improvement.ts';

/** Every text run of every slide of a downloaded deck. */
function deckTexts(path: string): string[] {
  const files = unzipSync(readFileSync(path));
  expect(Object.keys(files)).toContain('ppt/slides/slide1.xml');
  return Object.entries(files)
    .filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .flatMap(([, bytes]) => [...strFromU8(bytes).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!));
}

describe('leadership downloads in Arabic, in a real browser', () => {
  let leader: string;
  let coordinator: string;
  const running = useBrowserApp({
    seed: async ({ db, url }) => {
      await loadImprovementDemo(db);
      leader = await signIn(url, 'leader', 'leader-demo-2026');
      coordinator = await signIn(url, 'coord.moi', 'coord-demo-2026');
    },
  });

  const pages = [
    { path: '/rankings', title: ar.rankings.title },
    { path: '/dashboard', title: ar.dashboard.title },
    { path: '/transparency', title: ar.transparency.title },
  ] as const;

  for (const { path, title } of pages) {
    it(`downloads ${path} as an Arabic deck and offers its PDF`, async () => {
      const { page, context, errors } = await running.newPage({ language: 'ar', cookie: leader });
      await page.goto(`${running.url}${path}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(title);
      const deckButton = page.getByRole('button', { name: ar.exports.deck });
      await expect.poll(() => deckButton.isEnabled()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), deckButton.click()]);
      expect(download.suggestedFilename()).toMatch(/-ar\.pptx$/);
      const saved = await download.path();
      const texts = deckTexts(saved);
      expect(texts).toContain(title);
      // The entity named first on the page is on a slide, in Arabic.
      const firstName = await page.locator('table tbody tr').first().locator('td').nth(1).textContent();
      expect(texts).toContain(firstName);
      // The PDF: the page's print view (or the bilingual report for the dashboard) without the shell and buttons.
      expect(await page.getByText(ar.exports.pdf).count()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByTestId('leadership-exports').isVisible()).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('prints the rankings to a PDF file from the PDF button', async () => {
    const { page, context, errors } = await running.newPage({ language: 'ar', cookie: leader });
    // Headless Chromium has no print dialog: count the calls, then print the page as the dialog would.
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.goto(`${running.url}/rankings`);
    await expect.poll(() => page.getByTestId('leaderboard').locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: ar.exports.pdf }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers a coordinator no deck', async () => {
    const { page, context } = await running.newPage({ language: 'ar', cookie: coordinator });
    await page.goto(`${running.url}/rankings`);
    await expect.poll(() => page.getByTestId('leaderboard').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: ar.exports.deck }).count()).toBe(0);
    await context.close();
  });
});
