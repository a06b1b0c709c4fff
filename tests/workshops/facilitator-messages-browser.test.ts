import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { workshops as ar, workshopErrors as arErrors } from '../../web/i18n/ar/workshops.ts';

/**
 * Issue 11, item 11, in Arabic: the facilitator's own page does not tell them to wait for the
 * facilitator, and "invite a participant first" goes away once someone has joined.
 */
describe('the facilitator’s messages before the workshop starts', () => {
  const running = useBrowserApp();

  it('tells the facilitator how to start, and drops the participant refusal once a customer joins', async () => {
    const cookie = await signIn(running.url, 'facilitator', 'facilitator-demo-2026');
    const fac = apiClient(running.url, cookie);
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { ar: 'ورشة باقة الزواج', en: '' },
      bundleId: null,
    });
    const { page, errors } = await running.newPage({ cookie, language: 'ar' });
    await page.goto(`${running.url}/workshops/${id}`);
    await page.getByText(ar.board.waitingFacilitator).waitFor();
    expect(await page.getByText(ar.board.waiting).count()).toBe(0);

    // Moving on with nobody invited is refused, and the page says why.
    const refusal = page.getByText(arErrors.workshops.phaseControlRefused);
    for (let i = 0; i < 3 && (await refusal.count()) === 0; i++) {
      await page.getByTestId('advance').click();
      // Moving on asks first (issue 11 item 2); the dialog's own button names the next phase.
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^التالي/ })
        .click();
      await page.waitForTimeout(500);
    }
    await refusal.waitFor();

    // A customer joins: the refusal no longer applies and leaves the page.
    const { page: customer, context: phone } = await running.newPage({ viewport: { width: 390, height: 844 }, language: 'ar' });
    await customer.goto(`${running.url}/join/${inviteCode}`);
    await customer.getByLabel('اسمك').fill('سارة');
    await customer.getByRole('button', { name: 'انضمام' }).click();
    await customer.waitForURL(`**/workshops/${id}`);
    // The participant is told to wait for the facilitator (that is their message, not the facilitator's).
    await customer.getByText(ar.board.waiting).waitFor();
    await page.getByTestId('participants').getByText('سارة').waitFor();
    await expect.poll(() => refusal.count(), { timeout: 30_000 }).toBe(0);
    await phone.close();
    expect(errors).toEqual([]);
  });
});
