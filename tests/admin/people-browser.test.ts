import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { hashPassword } from '../../api/accounts/password.ts';

/** The administration area and the People page in Arabic, and a person with two roles at home. */
describe('people administration in the browser (Arabic)', () => {
  const running = useBrowserApp({
    async seed({ db }) {
      // A coordinator of MOI who also assesses: two roles, two homes.
      await db
        .insertInto('users')
        .values({
          id: 'usr-two-roles',
          username: 'huda',
          display_name_ar: 'هدى',
          display_name_en: 'Huda',
          email: 'huda@example.test',
          password_hash: await hashPassword('huda long password'),
          locale: 'ar',
          active: true,
        })
        .execute();
      await db
        .insertInto('user_roles')
        .values([
          { user_id: 'usr-two-roles', role: 'entity_coordinator', entity_id: 'ent-moi' },
          { user_id: 'usr-two-roles', role: 'assessor', entity_id: null },
        ])
        .execute();
    },
  });

  it('lets an administrator add a person, showing a refusal beside its field, then deactivate them', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'admin', 'admin-demo-2026');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('[data-nav=admin]').click();
    await page.waitForURL(/\/admin$/);
    await expect
      .poll(() => page.getByTestId('admin-sections').locator('h2').allTextContents())
      .toEqual(['المستخدمون', 'البيانات المرجعية', 'الإدخال الجماعي', 'مفاتيح الربط البرمجي', 'سجل التغييرات']);
    await page.getByRole('link', { name: 'المستخدمون' }).click();
    await page.waitForURL(/\/admin\/people$/);
    await expect.poll(() => page.getByTestId('people-table').locator('tbody tr').count()).toBeGreaterThan(5);

    await page.getByTestId('person-add').click();
    const form = page.getByTestId('person-form');
    await form.getByLabel('اسم المستخدم').fill('salem');
    await form.getByLabel('الاسم بالعربية').fill('سالم');
    await form.getByLabel('الاسم بالإنجليزية').fill('Salem');
    await form.getByLabel('البريد الإلكتروني').fill('huda@EXAMPLE.test');
    await form.getByRole('button', { name: 'إضافة دور' }).click();
    await form.getByLabel('الجهة').selectOption('ent-moh');
    await page.getByTestId('person-submit').click();
    // Beside the e-mail field, in Arabic; nothing was created.
    await expect.poll(() => form.locator('[data-field-error=email]').textContent()).toBe('هذا البريد الإلكتروني مسجّل لمستخدم آخر.');
    await form.getByLabel('البريد الإلكتروني').fill('salem@example.test');
    await page.getByTestId('person-submit').click();
    await expect.poll(() => page.getByTestId('person-saved').textContent()).toBe('أُرسلت الدعوة إلى salem@example.test.');
    const row = page.locator('tr[data-username=salem]');
    await expect.poll(() => row.textContent()).toContain('مدعو ولم يعيّن كلمة مرور بعد');
    expect(await row.textContent()).toContain('منسق الجهة');

    await page.getByTestId('person-actions').getByRole('button', { name: 'تعطيل الحساب' }).click();
    await expect.poll(() => page.getByTestId('person-action-done').textContent()).toBe('عُطّل الحساب وانتهت كل جلساته.');
    await expect.poll(() => row.textContent()).toContain('معطّل');
    const salem = await running.db.selectFrom('users').select('active').where('username', '=', 'salem').executeTakeFirstOrThrow();
    expect(salem.active).toBe(false);
    expect(errors).toEqual([]);
  }, 180_000);

  it('shows a person with two roles both homes, each under its role', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'huda', 'huda long password');
    const homes = page.locator('[data-home]');
    await expect
      .poll(() => homes.evaluateAll((els) => els.map((e) => e.getAttribute('data-home'))))
      .toEqual(['assessor', 'entity_coordinator']);
    await expect.poll(() => homes.locator(':scope > h2').allTextContents()).toEqual(['مقيّم', 'منسق الجهة']);
    // The assessor's card and the coordinator's cards are both there.
    await expect.poll(() => page.locator('[data-home=assessor]').textContent()).toContain('لست عضواً في أي فريق تقييم بعد.');
    expect(await page.locator('[data-home=entity_coordinator] .card').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('home').getAttribute('data-roles')).toBe('assessor entity_coordinator');
    // The navigation holds both roles' entries, and no administration.
    expect(await page.locator('[data-nav=myAssessments]').count()).toBe(1);
    expect(await page.locator('[data-nav=actionPlans]').count()).toBe(1);
    expect(await page.locator('[data-nav=admin]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
