import { describe, expect, it } from 'vitest';
import { loadExcellenceDemo } from '../../seeds/excellence/load.ts';
import { loadFramework } from '../../api/excellence/framework-store.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { signIn } from '../support/api-client.ts';
import { improvement as en } from '../../web/i18n/en/improvement.ts';
import { improvement as ar } from '../../web/i18n/ar/improvement.ts';

const texts = { ar, en } as const;
/** A tier's key as the framework spells it (`4_stars`) or the other spelling (`stars_6`): never shown. */
const rawTierKey = /\d_stars?|stars_\d|1_star/;

describe('issue 11 item 3: the leadership dashboard reports tiers and stages truthfully', () => {
  let cookie: string;
  const running = useBrowserApp({
    seed: async ({ db, url }) => {
      await loadExcellenceDemo(db);
      cookie = await signIn(url, 'leader', 'leader-demo-2026');
    },
  });

  async function tierNames(lng: 'ar' | 'en'): Promise<string[]> {
    const { framework } = await loadFramework(running.db, 'service-centre-guide');
    return (framework.classification?.tiers ?? []).map((t) => t.name[lng]);
  }

  it('counts the stage chart over the cycle it names only', async () => {
    const api = await running.apiAs('leader', 'leader-demo-2026');
    const d = await api.dashboard.summary.query({});
    expect(d.cycle).not.toBeNull();
    const inCycle = await running.db
      .selectFrom('excellence_assessments')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('cycle_id', '=', d.cycle!.id)
      .executeTakeFirstOrThrow();
    const all = await running.db
      .selectFrom('excellence_assessments')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    // The scene has assessments in other cycles too, so counting every cycle would differ.
    expect(Number(all.n)).toBeGreaterThan(Number(inCycle.n));
    expect(d.cycleProgress.stages.reduce((s, x) => s + x.count, 0)).toBe(Number(inCycle.n));
  });

  for (const lng of ['ar', 'en'] as const) {
    it(`lists each tier once, by its name, on the dashboard, rankings and report in ${lng}`, async () => {
      const names = await tierNames(lng);
      const { page, context, errors } = await running.newPage({ language: lng, cookie });
      await page.goto(`${running.url}/dashboard`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(texts[lng].dashboard.title);
      const labels = page.getByTestId('distribution').locator('tbody tr td:first-child');
      await expect.poll(() => labels.count()).toBeGreaterThan(1);
      const shown = await labels.allTextContents();
      for (const label of shown) expect(label).not.toMatch(rawTierKey);
      expect(new Set(shown).size).toBe(shown.length);
      for (const label of shown.filter((l) => l !== texts[lng].dashboard.unrated)) expect(names).toContain(label);

      // Every stage has its label on the chart, and no label sits on a bar.
      const chart = page.getByTestId('stage-chart');
      await expect.poll(() => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
      const d = await (await running.apiAs('leader', 'leader-demo-2026')).dashboard.summary.query({});
      const ticks = chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
      await expect.poll(() => ticks.count()).toBe(d.cycleProgress.stages.length);
      const bars = await chart
        .locator('.recharts-bar-rectangle path')
        .evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
        );
      const tickBoxes = await ticks.evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      );
      for (const t of tickBoxes)
        for (const b of bars) {
          const overlaps = t.left < b.right - 1 && b.left < t.right - 1 && t.top < b.bottom - 1 && b.top < t.bottom - 1;
          expect(overlaps).toBe(false);
        }

      await page.goto(`${running.url}/rankings`);
      const rows = page.getByTestId('leaderboard').locator('tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      expect(await page.getByTestId('leaderboard').textContent()).not.toMatch(rawTierKey);

      await page.goto(`${running.url}/dashboard/report`);
      await expect.poll(() => page.getByTestId('report-ar').locator('h1').textContent()).toBe(ar.dashboard.title);
      await expect.poll(() => page.getByTestId('report-en').locator('table').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('report-ar').textContent()).not.toMatch(rawTierKey);
      expect(await page.getByTestId('report-en').textContent()).not.toMatch(rawTierKey);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
