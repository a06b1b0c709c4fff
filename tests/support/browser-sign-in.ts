import type { Page } from 'playwright-core';

/** Signs in through the Arabic sign-in form, as a person would, and waits for the home page. */
export async function signInInArabic(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('اسم المستخدم').fill(username);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await page.waitForURL(`${baseUrl}/`);
}
