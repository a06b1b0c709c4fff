import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { excellence as ar } from '../../web/i18n/ar/excellence.ts';
import { errors as arErrors } from '../../web/i18n/ar/errors.ts';
import { textIn } from '../support/texts.ts';

/**
 * Issue 11, items 6 and 11, in Arabic: a cycle is created with its Arabic name alone; a refused form
 * says why beside the field; a created cycle is announced and the form empties; the list names the
 * framework, not its internal code.
 */
describe('creating an evaluation cycle in Arabic', () => {
  const running = useBrowserApp();

  it('refuses beside the fields, then creates with the Arabic name alone, says so and empties the form', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/excellence/cycles`);
    const form = page.locator('form', { has: page.getByRole('button', { name: ar.cycles.create_submit }) });
    const nameAr = form.getByLabel(ar.cycles.nameAr);
    await nameAr.waitFor();
    await form.getByLabel(ar.cycles.number).fill('9');
    const framework = form.getByLabel(ar.cycles.framework);
    await expect.poll(() => framework.locator('option').count()).toBeGreaterThan(1);
    const option = await framework.locator('option').nth(1).getAttribute('value');
    await framework.selectOption(option!);
    // The framework is offered by its name and version, not its code.
    expect(await framework.locator('option').nth(1).textContent()).not.toContain(option!.split('@')[0]);
    await form.getByLabel(ar.cycles.due).fill(`${new Date().getFullYear() + 1}-03-01T12:00`);

    // No name and no entity: both refusals sit beside their fields, nothing is created.
    await form.getByRole('button', { name: ar.cycles.create_submit }).click();
    const nameMessage = form.getByText(arErrors.text.oneLanguageRequired);
    await nameMessage.waitFor();
    expect(await nameAr.getAttribute('aria-describedby')).toBe(await nameMessage.getAttribute('id'));
    await form.getByText(ar.cycles.noSubjects).waitFor();
    expect(await page.getByTestId('cycle-created').count()).toBe(0);

    await nameAr.fill('الدورة التاسعة');
    await form.getByRole('checkbox').first().check();
    await form.getByRole('button', { name: ar.cycles.create_submit }).click();
    const created = page.getByTestId('cycle-created');
    await created.waitFor({ timeout: 60_000 });
    expect(await created.textContent()).toContain(textIn('ar')('excellence:cycles.created', { number: 9 }));
    // The form is ready for the next cycle.
    expect(await nameAr.inputValue()).toBe('');
    expect(await form.getByLabel(ar.cycles.number).inputValue()).toBe('');
    expect(await form.getByText(arErrors.text.oneLanguageRequired).count()).toBe(0);

    // The list shows the new cycle by its Arabic name and its framework by name.
    const row = page.getByTestId('cycles').locator('tbody tr', { hasText: 'الدورة التاسعة' });
    await row.waitFor();
    expect(await page.getByTestId('cycles').textContent()).not.toContain(option!.split('@')[0]);
    await created.getByRole('link').click();
    await page.waitForURL(/\/excellence\/cycles\/[^/]+$/);
    expect(errors).toEqual([]);
  });
});
