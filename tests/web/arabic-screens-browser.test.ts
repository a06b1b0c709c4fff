import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { loadJourneyDemo } from '../../seeds/journeys-loader.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { signIn } from '../support/api-client.ts';
import { latinDigitTexts, overflowing, overlaps } from '../support/page-measures.ts';
import { journeys as ar } from '../../web/i18n/ar/journeys.ts';

/**
 * Issue 11, items 8 and 9, in Arabic: one digit policy (Arabic-Indic, from format.ts) on every
 * screen, charts included; and the layouts that broke (cut-off tables, overlapping radar labels,
 * wrapped codes, a comparison showing two of five stages) measured at a desktop and a phone size.
 */
describe('Arabic screens: digits and layout', () => {
  const cookies: Record<string, string> = {};
  const running = useBrowserApp({
    seed: async ({ db, url }) => {
      await loadImprovementDemo(db);
      await loadJourneyDemo(db);
      cookies.pm = await signIn(url, 'pm', 'pm-demo-2026');
      cookies.coord = await signIn(url, 'coord.moi', 'coord-demo-2026');
    },
  });

  async function open(who: 'pm' | 'coord', viewport = { width: 1366, height: 768 }) {
    const { page, context, errors } = await running.newPage({ language: 'ar', cookie: cookies[who], viewport });
    return { page, errors, close: () => context.close() };
  }

  /** Each screen with what shows it has loaded its figures. */
  const screens: { path: string; who: 'pm' | 'coord'; ready(page: Page): Promise<unknown> }[] = [
    {
      path: '/dashboard',
      who: 'pm',
      ready: (p) => expect.poll(() => p.locator('[data-testid="stage-chart"] svg text').count()).toBeGreaterThan(2),
    },
    {
      path: '/rankings',
      who: 'pm',
      ready: async (p) => {
        await p.locator('[data-testid="radar"] .recharts-polar-radius-axis-tick').first().waitFor();
        await p.locator('[data-testid="maturity"] tbody tr').first().waitFor();
      },
    },
    { path: '/gaps', who: 'pm', ready: (p) => p.locator('table tbody tr').first().waitFor() },
    { path: '/journeys/newborn', who: 'coord', ready: (p) => p.getByTestId('step-card').first().waitFor() },
  ];

  for (const screen of screens) {
    it(`writes every number on ${screen.path} in Arabic-Indic digits, chart axes included`, async () => {
      const { page, errors, close } = await open(screen.who);
      await page.goto(`${running.url}${screen.path}`);
      await screen.ready(page);
      await expect.poll(() => latinDigitTexts(page), { timeout: 30_000 }).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('writes the Pareto chart of a journey in Arabic-Indic digits', async () => {
    const { page, close } = await open('coord');
    await page.goto(`${running.url}/journeys/newborn`);
    await page.getByRole('tab', { name: ar.tabs.pareto }).click();
    await page.getByTestId('pareto-chart').waitFor();
    await expect.poll(() => page.locator('[data-testid="pareto-chart"] svg text').count(), { timeout: 30_000 }).toBeGreaterThan(2);
    await expect.poll(() => latinDigitTexts(page), { timeout: 30_000 }).toEqual([]);
    await close();
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`shows the rankings at ${size} with no table cut off, named criteria and the radar's scale clear of its labels`, async () => {
      const { page, close } = await open('pm', viewport);
      await page.goto(`${running.url}/rankings`);
      await screens[1]!.ready(page);
      expect(await overflowing(page, '.table-wrap')).toEqual([]);
      // The maturity table names each criterion beside its code.
      const first = page.getByTestId('maturity').locator('tbody tr').first().locator('td').first();
      await expect.poll(async () => ((await first.textContent()) ?? '').length).toBeGreaterThan(6);
      expect(await first.textContent()).toMatch(/[\u0600-\u06FF]/);
      const radar = page.getByTestId('radar');
      expect(
        await overlaps(radar.locator('.recharts-polar-radius-axis-tick text'), radar.locator('.recharts-polar-angle-axis-tick text')),
      ).toEqual([]);
      await close();
    });

    it(`shows the dashboard at ${size} with no column cut off`, async () => {
      const { page, close } = await open('pm', viewport);
      await page.goto(`${running.url}/dashboard`);
      await page.getByTestId('largest-gaps').locator('tbody tr').first().waitFor();
      expect(await overflowing(page, '.table-wrap')).toEqual([]);
      await close();
    });

    it(`keeps each gap code on one line at ${size}`, async () => {
      const { page, close } = await open('pm', viewport);
      await page.goto(`${running.url}/gaps`);
      await screens[2]!.ready(page);
      const lines = await page.locator('table [data-code]').evaluateAll((els) => els.map((el) => el.getClientRects().length));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((n) => n !== 1)).toEqual([]);
      await close();
    });

    it(`compares the as-is and to-be maps at ${size} with every stage of each in view`, async () => {
      const { page, close } = await open('coord', viewport);
      await page.goto(`${running.url}/journeys/newborn`);
      await page.getByRole('tab', { name: ar.tabs.compare }).click();
      const compare = page.getByTestId('version-compare');
      const maps = compare.getByTestId('map-editor');
      await expect.poll(() => maps.count()).toBe(2);
      for (const map of await maps.all()) {
        // The demo's as-is map has five stages, its to-be three (before the fix, two showed, the rest scrolled away).
        expect(await map.locator('.journey-stage').count()).toBeGreaterThanOrEqual(3);
        // Every stage lies inside its map's box (none scrolled away sideways) and inside the window.
        const outside = await map.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return [...el.querySelectorAll('.journey-stage')]
            .map((s) => s.getBoundingClientRect())
            .filter((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.left < 0 || r.right > window.innerWidth + 1).length;
        });
        expect(outside).toBe(0);
      }
      // A comparison only reads both versions: it does not call the editable to-be map "cannot be edited".
      expect(await compare.getByText(ar.editor.readOnly).count()).toBe(0);
      await close();
    });
  }
});
