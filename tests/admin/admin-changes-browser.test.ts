import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';

describe('the administration trail in Arabic (browser)', () => {
  const running = useBrowserApp({
    seed: async (app) => {
      const admin = await app.apiAs('admin', 'admin-demo-2026');
      const created = await admin.entities.admin.create.mutate({
        code: 'NDA',
        nameAr: 'هيئة البيانات الوطنية',
        nameEn: 'National Data Authority',
        type: 'authority',
        sector: 'government',
        deliversServices: false,
        parentEntityId: null,
      });
      await admin.entities.admin.update.mutate({
        id: created.id,
        code: 'NDA',
        nameAr: 'هيئة البيانات والذكاء الاصطناعي',
        nameEn: 'National Data Authority',
        type: 'authority',
        sector: 'government',
        deliversServices: false,
        parentEntityId: null,
      });
    },
  });

  it('shows who changed the entity, when, and its name before and after; filters by kind of record', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'admin', 'admin-demo-2026');
    await page.goto(`${running.url}/admin`);
    await page.getByRole('link', { name: 'سجل التغييرات' }).click();
    const table = page.getByTestId('admin-changes');
    const edit = table.locator('tr', { hasText: 'تعديل' }).first();
    await expect.poll(() => edit.textContent(), { timeout: 30_000 }).toContain('جهة · هيئة البيانات والذكاء الاصطناعي');
    const text = (await edit.textContent()) ?? '';
    expect(text).toContain('nameAr');
    expect(text).toContain('هيئة البيانات الوطنية');
    expect(await table.locator('tr', { hasText: 'إنشاء' }).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByTestId('changes-kind').selectOption('person');
    await expect.poll(() => page.url()).toContain('kind=person');
    await expect.poll(() => table.locator('tr', { hasText: 'هيئة البيانات' }).count(), { timeout: 30_000 }).toBe(0);
    expect(errors).toEqual([]);
  });
});
