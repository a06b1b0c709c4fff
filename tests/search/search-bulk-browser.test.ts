import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';

const source = (item: string) => ({
  kind: 'assessment_afi' as const,
  containerId: 'browser-bulk',
  itemId: item,
  labelAr: 'مصدر',
  labelEn: 'Source',
});

describe('one search and bulk changes on the gap register, in Arabic (browser)', () => {
  let planId = '';
  const running = useBrowserApp({
    seed: async ({ db, apiAs }) => {
      // A plan of two actions: one approved (its date can move), one withdrawn (it cannot).
      const moi = await apiAs('coord.moi', 'coord-demo-2026');
      const pm = await apiAs('pm', 'pm-demo-2026');
      planId = (await moi.actions.createPlan.mutate({ entityId: 'ent-moi', title: 'خطة تقليص الانتظار' })).id;
      const due = new Date(Date.now() + 10 * 86_400_000).toISOString();
      const open = await moi.actions.create.mutate({ planId, title: 'زيادة النوافذ', ownerId: 'usr-coord-moi', dueAt: due });
      await pm.actions.send.mutate({ id: open.id, type: 'APPROVE', payload: {} });
      const withdrawn = await moi.actions.create.mutate({ planId, title: 'نظام المواعيد', ownerId: 'usr-coord-moi', dueAt: due });
      await moi.actions.send.mutate({ id: withdrawn.id, type: 'CANCEL', payload: { reason: 'لا حاجة' } });
      await raiseGapRow(db, { title: 'فجوة طول الانتظار في المستشفى', entityId: 'ent-moi', severity: 'high', source: source('1') });
      await raiseGapRow(db, { title: 'فجوة نقص المواعيد في المستشفى', entityId: 'ent-moi', severity: 'low', source: source('2') });
      await raiseGapRow(db, { title: 'فجوة ازدحام مستشفى حمد', entityId: 'ent-moh', severity: 'medium', source: source('3') });
    },
  });

  it('searches from the header with a variant spelling, and a coordinator sees only their entity’s gaps', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');
    // Ta marbuta typed as ha, alef maqsura as ya: still found.
    await page.getByRole('search', { name: 'بحث' }).getByRole('searchbox').fill('فجوه مستشفي');
    await page.getByRole('search', { name: 'بحث' }).getByRole('button', { name: 'بحث' }).click();
    await expect.poll(() => page.url()).toContain('/search?q=');
    const gaps = page.locator('section[data-kind="gap"]');
    await expect.poll(() => gaps.locator('li').count()).toBe(2);
    expect(await gaps.locator('h2').textContent()).toBe('الفجوات (٢)');
    expect(await page.getByTestId('search-summary').textContent()).toContain('نتيجتان');
    expect(await page.content()).not.toContain('ازدحام مستشفى حمد');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await gaps.getByRole('link', { name: 'فجوة طول الانتظار في المستشفى' }).click();
    await expect.poll(() => page.url()).toMatch(/\/gaps\/[0-9a-f-]+$/);
    expect(errors).toEqual([]);
  });

  it('assigns an owner to several gaps, reports the one it could not change, and exports the selection', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/gaps`);
    const row = (title: string) => page.getByTestId('gaps').locator('tr', { hasText: title });
    await row('فجوة طول الانتظار في المستشفى').waitFor({ timeout: 45_000 });
    for (const title of ['فجوة طول الانتظار في المستشفى', 'فجوة نقص المواعيد في المستشفى', 'فجوة ازدحام مستشفى حمد'])
      await row(title).getByRole('checkbox').check();
    const bar = page.getByTestId('gap-bulk');
    expect(await bar.locator('.bulk-bar__count').textContent()).toBe('٣ فجوات محددة');
    // The owners offered are the first selected gap's entity's people; the MOH gap refuses one of them.
    const owner = bar.getByLabel('المسؤول');
    await expect.poll(() => owner.locator('option').count()).toBeGreaterThan(1);
    await owner.selectOption({ index: 1 });
    await bar.getByRole('button', { name: 'تعيين المسؤول' }).click();
    const report = page.getByTestId('gap-bulk-report');
    await expect.poll(() => report.locator('li').count()).toBe(3);
    expect(await report.locator('li[data-ok="true"]').count()).toBe(2);
    expect(await report.locator('li[data-ok="false"]').textContent()).toContain('لم يتغير');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await bar.getByRole('button', { name: 'تصدير المحدد (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('gaps.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv).toContain('فجوة ازدحام مستشفى حمد');
    expect(errors).toEqual([]);
  });

  it('moves several actions’ due dates, each through its own machine, and says which could not move', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/actions/plans/${planId}`);
    const bulk = page.getByTestId('action-bulk');
    await bulk.waitFor({ timeout: 45_000 });
    await bulk.getByRole('checkbox', { name: /زيادة النوافذ/ }).check();
    await bulk.getByRole('checkbox', { name: /نظام المواعيد/ }).check();
    const next = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('تاريخ الاستحقاق الجديد').fill(next);
    await page.getByLabel('سبب التاريخ الجديد').fill('تأخر المورد');
    await page.getByRole('button', { name: 'تغيير تواريخ الاستحقاق' }).click();
    const report = page.getByTestId('action-bulk-report');
    await expect.poll(() => report.locator('li').count()).toBe(2);
    expect(await report.locator('li[data-ok="true"]').count()).toBe(1);
    expect(await report.locator('li[data-ok="false"]').textContent()).toContain('لم يتغير');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
