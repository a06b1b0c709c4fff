import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { call, complaints } from './entity-system.ts';

describe('API tokens page in Arabic (browser)', () => {
  const running = useBrowserApp();

  it('issues a token shown once with a copy button, shows its last use, and revokes it after confirmation', async () => {
    const { page, errors, context } = await running.newPage({ language: 'ar' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.url });
    await running.signInInArabic(page, 'admin', 'admin-demo-2026');
    await page.goto(`${running.url}/admin/api-tokens`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 45_000 }).toBe('ربط أنظمة الجهات الحكومية عبر الواجهة البرمجية');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    await page.getByLabel('الجهة الحكومية').selectOption('ent-moh');
    await page.getByLabel('الاسم', { exact: true }).fill('نظام الشكاوى الصحي');
    await page.getByLabel('الاطلاع على الفجوات والإجراءات').check();
    await page.getByRole('button', { name: 'إصدار الرمز' }).click();

    const shown = page.getByTestId('token-secret');
    await shown.waitFor({ timeout: 30_000 });
    const secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^tmz_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'نسخ' }).click();
    await page.getByRole('button', { name: 'تم النسخ' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // The entity's system uses it.
    const pushed = await call(running.url, '/api/v1/complaints', { secret, body: { rows: complaints(2, 'MOH-MC-001') } });
    expect(pushed.status).toBe(200);

    // Stored: the secret is gone from the page for good.
    await page.getByRole('button', { name: 'حفظته' }).click();
    await expect.poll(() => shown.count()).toBe(0);
    await page.reload();
    const row = page.getByTestId('api-tokens').locator('tr', { hasText: 'نظام الشكاوى الصحي' });
    await row.waitFor({ timeout: 30_000 });
    expect(await page.content()).not.toContain(secret);
    expect(await row.textContent()).toContain(`${secret.slice(0, 8)}…`);
    expect(await row.textContent()).toContain('إرسال الشكاوى');
    expect(await row.textContent()).toContain('فعّال');
    expect(await row.textContent()).not.toContain('لم يُستخدم');

    // Revoking asks first; cancelling keeps the token.
    await row.getByRole('button', { name: 'إلغاء' }).click();
    await row.getByRole('button', { name: 'تراجع' }).click();
    expect(await row.textContent()).toContain('فعّال');
    await row.getByRole('button', { name: 'إلغاء' }).click();
    await row.getByRole('alertdialog').waitFor();
    await row.getByRole('button', { name: 'نعم، ألغِه' }).click();
    await expect.poll(() => row.textContent()).toContain('ملغى');

    const refused = await call(running.url, '/api/v1/complaints', { secret, body: { rows: complaints(1, 'MOH-MC-001', 'AFTER') } });
    expect(refused.status).toBe(401);
    expect(refused.body.error.messageKey).toBe('errors.apiTokens.revoked');
    expect(errors).toEqual([]);
  });
});
