import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { apiClient, signIn } from '../support/api-client.ts';

const shots = '.tmp/workshops';
mkdirSync(shots, { recursive: true });

describe('co-design workshop in two browsers', () => {
  const running = useBrowserApp();

  it('a customer joins by invite code on a phone in Arabic, adds a note, and the facilitator sees it live', async () => {
    const cookie = await signIn(running.url, 'facilitator', 'facilitator-demo-2026');
    const fac = apiClient(running.url, cookie);
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { ar: 'ورشة المولود الجديد', en: 'New baby workshop' },
      bundleId: 'bundle.new_baby',
    });
    await fac.workshops.addRepresentative.mutate({ id, userId: 'usr-coord-moi' });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });

    const { page: console, context: facContext } = await running.newPage({ cookie });
    await console.goto(`${running.url}/workshops/${id}`);
    await console.getByTestId('invite-code').waitFor();
    expect(await console.getByTestId('invite-code').textContent()).toBe(inviteCode);

    const { page: customer, context: phone } = await running.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'ar',
      isMobile: true,
      hasTouch: true,
    });
    await customer.goto(`${running.url}/join/${inviteCode}`);
    expect(await customer.locator('html').getAttribute('dir')).toBe('rtl');
    await customer.getByLabel('اسمك').fill('مريم');
    await customer.getByRole('button', { name: 'انضمام' }).click();
    await customer.waitForURL(`**/workshops/${id}`);
    await customer.getByTestId('workshop-phase').getByText('الاستكشاف').waitFor();
    // The customer sees only this workshop: the facilitator's controls are not there.
    expect(await customer.getByTestId('advance').count()).toBe(0);

    // The new participant shows up in the facilitator's list without a reload.
    await console.getByTestId('participants').getByText('مريم').waitFor();

    await customer.getByLabel('اكتب ملاحظة…').fill('راجعت أربعة مراكز خدمة بعد الولادة');
    await customer.getByRole('button', { name: 'إضافة ملاحظة' }).click();
    // Live: the facilitator's console shows it without a reload.
    await console.getByTestId('sticky-note').filter({ hasText: 'راجعت أربعة مراكز خدمة بعد الولادة' }).waitFor();
    await customer.getByTestId('sticky-note').filter({ hasText: 'راجعت أربعة مراكز خدمة بعد الولادة' }).waitFor();

    // Mobile first: nothing wider than the phone.
    const overflow = await customer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await customer.screenshot({ path: `${shots}/participant-390-ar.png`, fullPage: true });
    await console.screenshot({ path: `${shots}/facilitator-console.png`, fullPage: true });

    // The facilitator moves the room on; the phone follows.
    // Issue 11 item 2: the button names the next phase, and moving on asks first.
    expect(await console.getByTestId('advance').textContent()).toBe('التالي: توليد الأفكار');
    await console.getByTestId('advance').click();
    const confirmAdvance = console.getByRole('dialog', { name: 'الانتقال إلى توليد الأفكار؟' });
    await confirmAdvance.getByRole('button', { name: 'التالي: توليد الأفكار' }).click();
    await customer.getByTestId('workshop-phase').getByText('توليد الأفكار').waitFor();
    await phone.close();

    // The bundle page shows the before/after the API computed: 15 steps → 5, 30 days → 5.
    await console.goto(`${running.url}/bundles/bundle.new_baby`);
    const steps = console.getByTestId('comparison').locator('tr[data-figure="steps"] td');
    await steps.first().waitFor();
    expect(await steps.allTextContents()).toEqual([
      expect.stringMatching(/^(15|١٥)$/),
      expect.stringMatching(/^(5|٥)$/),
      expect.stringMatching(/(10|١٠)/),
    ]);
    await console.screenshot({ path: `${shots}/bundle-new-baby.png`, fullPage: true });
    await facContext.close();
  });
});
