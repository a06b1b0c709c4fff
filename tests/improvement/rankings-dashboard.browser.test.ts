import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { signIn } from '../support/api-client.ts';
import { improvement as en } from '../../web/i18n/en/improvement.ts';
import { improvement as ar } from '../../web/i18n/ar/improvement.ts';

const shots = '.tmp/improvement';
mkdirSync(shots, { recursive: true });
const texts = { ar, en } as const;

describe('leaderboard and leadership dashboard in a real browser', () => {
  let cookie: string;
  const running = useBrowserApp({
    seed: async ({ db, url }) => {
      await loadImprovementDemo(db);
      cookie = await signIn(url, 'leader', 'leader-demo-2026');
    },
  });

  async function pageIn(language: 'ar' | 'en', signedIn = true) {
    const { page, context, errors } = await running.newPage({ language, cookie: signedIn ? cookie : undefined });
    return { page, errors, close: () => context.close() };
  }

  for (const lng of ['ar', 'en'] as const) {
    it(`shows the published ranking with change, heat map and charts in ${lng}`, async () => {
      const { page, errors, close } = await pageIn(lng);
      await page.goto(`${running.url}/rankings`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(texts[lng].rankings.title);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lng === 'ar' ? 'rtl' : 'ltr');
      const rows = page.getByTestId('leaderboard').locator('tbody tr');
      await expect
        .poll(() => rows.count())
        .toBe(
          await running.db
            .selectFrom('entities')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
            .then((r) => Number(r.n)),
        );
      // The first row is the published rank 1, named in the page's language.
      const top = await running.db
        .selectFrom('published_results')
        .innerJoin('entities', 'entities.id', 'published_results.entity_id')
        .select(['entities.name_ar', 'entities.name_en', 'published_results.previous_rank', 'published_results.rank'])
        .where('cycle_id', '=', 'demo-cycle-2025')
        .orderBy('rank')
        .orderBy('subject_id')
        .executeTakeFirstOrThrow();
      const first = await rows.first().locator('td').allTextContents();
      expect(first[1]).toBe(lng === 'ar' ? top.name_ar : top.name_en);
      const moved = top.previous_rank! - top.rank;
      const changeText =
        moved > 0
          ? texts[lng].rankings.up_other.replace('{{count}}', '')
          : moved < 0
            ? texts[lng].rankings.down_other.replace('{{count}}', '')
            : texts[lng].rankings.same;
      expect(first[5]).toContain(changeText.trim());
      await expect.poll(() => page.getByTestId('heat-map').locator('tbody tr').count()).toBeGreaterThan(30);
      await expect.poll(() => page.getByTestId('radar').locator('svg').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${shots}/rankings-${lng}.png`, fullPage: false });
      expect(errors).toEqual([]);
      await close();
    });

    it(`shows the leadership dashboard and its printable bilingual report in ${lng}`, async () => {
      const { page, errors, close } = await pageIn(lng);
      await page.goto(`${running.url}/dashboard`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(texts[lng].dashboard.title);
      await expect.poll(() => page.getByTestId('top-entities').locator('tbody tr').count()).toBe(5);
      const overdue = page.getByTestId('overdue-by-entity').locator('tbody tr');
      await expect.poll(() => overdue.count()).toBe(3);
      const names = (await overdue.locator('td:first-child').allTextContents()).sort();
      const expected = await running.db
        .selectFrom('entities')
        .select(['name_ar', 'name_en'])
        .where('id', 'in', ['ent-moi', 'ent-moh', 'ent-mun'])
        .execute();
      expect(names).toEqual(expected.map((e) => (lng === 'ar' ? e.name_ar : e.name_en)).sort());
      await expect.poll(() => page.getByTestId('largest-gaps').locator('tbody tr').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${shots}/dashboard-${lng}.png`, fullPage: true });

      await page.goto(`${running.url}/dashboard/report`);
      await expect.poll(() => page.getByTestId('report-ar').locator('h1').textContent()).toBe(ar.dashboard.title);
      expect(await page.getByTestId('report-en').locator('h1').textContent()).toBe(en.dashboard.title);
      // Printing hides the shell: only the report remains.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.shell__nav').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('shows the public transparency page without signing in', async () => {
    const { page, errors, close } = await pageIn('en', false);
    await page.goto(`${running.url}/transparency`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(en.transparency.title);
    await expect.poll(() => page.getByTestId('public-leaderboard').locator('tbody tr').count()).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    await close();
  });
});
