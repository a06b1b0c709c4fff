import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';

/** Issue 11, item 6: a workshop created with an Arabic title only; a form with no title says why beside the field. */
describe('creating a workshop with one language in Arabic', () => {
  const running = useBrowserApp();

  it('says why beside the title when both are blank, then creates with the Arabic title alone', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'facilitator', 'facilitator-demo-2026');
    await page.goto(`${running.url}/workshops`);
    const titleAr = page.getByLabel('العنوان (بالعربية)');
    await titleAr.waitFor();
    await page.getByRole('button', { name: 'إنشاء الورشة' }).click();
    const message = page.getByText('أدخل الاسم بالعربية أو بالإنجليزية (تكفي إحداهما).');
    await message.waitFor();
    // The message is tied to the field it is about.
    const describedBy = await titleAr.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await message.getAttribute('id')).toBe(describedBy);

    await titleAr.fill('ورشة باقة المولود');
    await page.getByRole('button', { name: 'إنشاء الورشة' }).click();
    await page.waitForURL(/\/workshops\/[^/]+$/, { timeout: 60_000 });
    await page.getByText('ورشة باقة المولود').first().waitFor();
    expect(errors).toEqual([]);
  });
});
