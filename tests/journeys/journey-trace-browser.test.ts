import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { loadJourneyDemo } from '../../seeds/journeys-loader.ts';

describe('the one-page trace in Arabic (browser)', () => {
  // The newborn demo journey taken to its transition plan: gaps computed, one action closing the merge.
  const running = useBrowserApp({
    seed: async (app) => {
      await loadJourneyDemo(app.db);
      const coord = await app.apiAs('coord.moi', 'coord-demo-2026');
      const { diff } = await coord.journeys.computeGaps.mutate({ id: 'newborn' });
      const merged = diff.changes.find((c) => c.kind === 'merged' && c.fromStepIds.includes('nb-03'))!;
      await coord.journeys.send.mutate({ id: 'newborn', type: 'BEGIN_TRANSITION_PLAN' });
      await coord.journeys.addPlanItems.mutate({
        id: 'newborn',
        items: [
          {
            title: 'ربط نظام المستشفى بالسجل المدني',
            ownerId: 'usr-coord-moi',
            milestone: 'الربط',
            dueDate: '2026-12-31',
            changeKeys: [merged.key],
            opportunityIds: [],
          },
        ],
      });
    },
  });

  it('walks from a root cause to its gap and action and back, every node a link, complaints in number order', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');
    await page.goto(`${running.url}/journeys/newborn/trace?type=root_cause&node=rc-counter-capacity`);
    const chain = page.getByTestId('trace-page');
    await chain.waitFor({ timeout: 45_000 });
    await expect.poll(() => page.locator('h1').textContent()).toBe('التتبع: تسجيل مولود جديد');
    const linksOf = (type: string) => chain.locator(`li[data-type="${type}"] a`);

    // Every long-waiting complaint, each a link, in number order (9 before 10, not after 1).
    await expect.poll(() => linksOf('complaint').count()).toBeGreaterThan(1);
    const numbers = (await linksOf('complaint').allTextContents()).map((text) => Number(text.replace('#', '')));
    expect(numbers.every((n) => Number.isInteger(n))).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // Ids of more than one length, so text order would differ.
    expect(new Set(numbers.map((n) => String(n).length)).size).toBeGreaterThan(1);
    expect(await linksOf('root_cause').first().getAttribute('aria-current')).toBe('page');
    expect(await linksOf('step').allTextContents()).toContain('مراجعة السجل المدني لتقديم طلب التسجيل');
    expect(await linksOf('change').first().textContent()).toBeTruthy();
    expect(await chain.locator('li[data-type="result"]').textContent()).toContain('لا يوجد ما يرتبط به');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Onward to the gap: its own trace, with the action that closes it.
    const gapCode = (await linksOf('gap').first().textContent())!;
    expect(gapCode).toMatch(/^GAP-/);
    await linksOf('gap').first().click();
    await expect.poll(() => page.url()).toContain('type=gap');
    await expect.poll(() => page.locator('.page-header__subtitle').textContent()).toBe(`التتبع من: الفجوات — ${gapCode}`);
    await expect.poll(() => linksOf('action').allTextContents()).toEqual([expect.stringMatching(/^ACT-/)]);
    expect(await chain.locator('li[data-type="action"]').textContent()).toContain('ربط نظام المستشفى بالسجل المدني');

    // And from the action back up to the complaints, by link again.
    await linksOf('action').first().click();
    await expect.poll(() => page.url()).toContain('type=action');
    await expect.poll(() => linksOf('complaint').count()).toBeGreaterThan(numbers.length - 1);
    expect(await linksOf('root_cause').allTextContents()).toContain('عدد الموظفين في ساعات الذروة لا يكفي');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
