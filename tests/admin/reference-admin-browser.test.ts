import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';

describe('reference-data administration in Arabic (browser)', () => {
  const running = useBrowserApp();

  it('creates an entity, then a service it owns, through the admin pages; refusals sit beside their fields', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'admin', 'admin-demo-2026');

    await page.goto(`${running.url}/admin/entities`);
    await page.getByRole('button', { name: 'جهة جديدة' }).click();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const entityForm = page.getByTestId('entity-form');
    await entityForm.getByLabel('الرمز').fill('MOI');
    await entityForm.getByLabel('الاسم بالإنجليزية').fill('National Data Authority');
    await entityForm.getByLabel('النوع').selectOption('authority');
    await entityForm.getByRole('button', { name: 'حفظ' }).click();
    // Refused by the server: the reason in Arabic beside its own field; nothing saved.
    await expect.poll(() => page.getByTestId('error-nameAr').textContent(), { timeout: 30_000 }).toBe('هذا الحقل مطلوب.');
    expect(await entityForm.getByLabel('الاسم بالعربية').getAttribute('aria-invalid')).toBe('true');
    // With the name given, the register refuses the code another entity holds.
    await entityForm.getByLabel('الاسم بالعربية').fill('هيئة البيانات الوطنية');
    await entityForm.getByRole('button', { name: 'حفظ' }).click();
    await expect.poll(() => page.getByTestId('error-code').textContent(), { timeout: 30_000 }).toBe('هذا الرمز مستخدم من قبل.');
    expect(await page.getByTestId('error-nameAr').count()).toBe(0);
    expect(await entityForm.getByLabel('الرمز').getAttribute('aria-invalid')).toBe('true');

    await entityForm.getByLabel('الرمز').fill('NDA');
    await entityForm.getByRole('button', { name: 'حفظ' }).click();
    await expect.poll(() => page.getByTestId('admin-saved').textContent(), { timeout: 30_000 }).toBe('تم الحفظ.');
    const row = page.getByTestId('entities').locator('tr', { hasText: 'هيئة البيانات الوطنية' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('هيئة');

    await page.goto(`${running.url}/admin/services`);
    await page.getByRole('button', { name: 'خدمة جديدة' }).click();
    const form = page.getByTestId('service-form');
    await form.waitFor({ timeout: 30_000 });
    await form.getByLabel('الرمز').fill('NDA-DS-001');
    await form.getByLabel('الاسم بالعربية').fill('طلب مشاركة بيانات');
    await form.getByLabel('الاسم بالإنجليزية').fill('Request data sharing');
    await form.getByLabel('الجهة المالكة').selectOption('NDA');
    const step = page.getByTestId('step-0');
    await step.getByLabel('عنوان الخطوة بالعربية').fill('تقديم الطلب');
    await step.getByLabel('عنوان الخطوة بالإنجليزية').fill('Submit the request');
    await step.getByLabel('الجهة المنفذة').selectOption('NDA');
    await form.getByRole('checkbox', { name: 'جواز السفر' }).check();
    await form.getByLabel('الرضا (من ١ إلى ٥)').fill('9');
    await form.getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => page.getByTestId('error-kpis.satisfaction').textContent(), { timeout: 30_000 }).toBe('ناقص أو غير صالح.');

    await form.getByLabel('الرضا (من ١ إلى ٥)').fill('4');
    await form.getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => page.getByTestId('admin-saved').textContent(), { timeout: 30_000 }).toBe('تم الحفظ. NDA-DS-001 — الإصدار 1');
    const service = page.getByTestId('catalogue').locator('tr', { hasText: 'NDA-DS-001' });
    await expect.poll(() => service.textContent()).toContain('طلب مشاركة بيانات');
    expect(await service.textContent()).toContain('هيئة البيانات الوطنية');

    // Retiring asks first.
    await service.getByRole('button', { name: 'إيقاف' }).click();
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('إيقاف «طلب مشاركة بيانات»؟');
    await page.getByRole('alertdialog').getByRole('button', { name: 'تأكيد' }).click();
    await expect.poll(() => service.textContent()).toContain('موقوفة');

    const stored = await running.db
      .selectFrom('services')
      .select(['owner_entity_code', 'version', 'retired_at'])
      .where('code', '=', 'NDA-DS-001')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ owner_entity_code: 'NDA', version: 1 });
    expect(stored.retired_at).not.toBeNull();
    expect(errors).toEqual([]);
  }, 300_000);

  it('refuses a bundle document with each JSON path and its reason in Arabic', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'admin', 'admin-demo-2026');
    await page.goto(`${running.url}/admin/bundles`);
    await page.getByRole('button', { name: 'تعديل المستند' }).first().click();
    const editor = page.getByLabel('مستند الباقة (JSON)');
    await expect.poll(() => editor.inputValue(), { timeout: 30_000 }).toContain('"participatingEntities"');
    const document = JSON.parse(await editor.inputValue());
    // A provider that takes part in the bundle but that the register does not hold.
    document.participatingEntities.push('NOPE');
    document.services[0].providedBy = 'NOPE';
    await editor.fill(JSON.stringify(document));
    await page.getByRole('button', { name: 'استيراد JSON' }).click();
    const issues = page.getByTestId('document-issues');
    await expect
      .poll(() => issues.locator('li').allTextContents(), { timeout: 30_000 })
      .toEqual([
        `participatingEntities.${document.participatingEntities.length - 1} لا توجد جهة نشطة بهذا الرمز.`,
        'services.0.providedBy لا توجد جهة نشطة بهذا الرمز.',
      ]);
    expect(errors).toEqual([]);
  }, 300_000);
});
