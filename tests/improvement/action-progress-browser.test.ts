import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const sixty = /(^|\D)(60|٦٠)(\D|$)/;

/**
 * Issue 11, item 7: the comment typed with a progress update is kept and shown in the
 * action's history; an action with sub-actions shows one figure on the home page, its own page and the plan tree.
 */
describe('an action progress in Arabic', () => {
  const ids = { plan: '', parent: '', sub: '' };
  const running = useBrowserApp({
    seed: async (app) => {
      const pm = await app.apiAs('pm', 'pm-demo-2026');
      const moi = await app.apiAs('coord.moi', 'coord-demo-2026');
      ids.plan = (await moi.actions.createPlan.mutate({ entityId: 'ent-moi', title: 'النماذج الرقمية' })).id;
      const parent = await moi.actions.create.mutate({
        planId: ids.plan,
        title: 'بوابة إلكترونية',
        ownerId: 'usr-coord-moi',
        dueAt: future(20),
      });
      const sub = await moi.actions.create.mutate({
        planId: ids.plan,
        title: 'تصميم البوابة',
        ownerId: 'usr-coord-moi',
        dueAt: future(10),
        parentActionId: parent.id,
      });
      for (const a of [parent, sub]) {
        await pm.actions.send.mutate({ id: a.id, type: 'APPROVE' });
        await moi.actions.send.mutate({ id: a.id, type: 'START' });
      }
      await moi.actions.send.mutate({ id: sub.id, type: 'UPDATE_PROGRESS', payload: { progress: 60 } });
      ids.parent = parent.id;
      ids.sub = sub.id;
    },
  });

  it('keeps the comment typed with a progress update and shows it in the history', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');

    await page.goto(`${running.url}/actions/${ids.sub}`);
    const form = page.locator('form.improvement__form').first();
    await form.getByLabel('نسبة الإنجاز (٪)').fill('60');
    await form.getByLabel('تعليق', { exact: true }).fill('اكتمل تصميم الشاشات الرئيسية');
    await form.locator('[data-event="UPDATE_PROGRESS"]').click();
    await page.locator('li', { hasText: 'اكتمل تصميم الشاشات الرئيسية' }).last().waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  it('shows the parent at the same figure on the home page, its own page and the plan tree', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');

    // The parent's own figure is 0; its one sub-action is at 60: every view says 60.
    await page.goto(`${running.url}/actions/plans/${ids.plan}`);
    const inTree = page.getByTestId('plan-action').filter({ hasText: 'بوابة إلكترونية' }).locator('.improvement__progress').first();
    await expect.poll(() => inTree.textContent()).toMatch(sixty);

    await page.goto(`${running.url}/actions/${ids.parent}`);
    const onPage = page.locator('.improvement__node .improvement__progress').first();
    await expect.poll(() => onPage.textContent()).toMatch(sixty);

    await page.goto(`${running.url}/`);
    const onHome = page.getByTestId('home-actions').locator('li', { hasText: 'بوابة إلكترونية' });
    await expect.poll(() => onHome.textContent()).toMatch(sixty);
    expect(errors).toEqual([]);
  });
});
