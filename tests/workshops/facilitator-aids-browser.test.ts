import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { joinAsGuest } from './guest-session.ts';

describe('a facilitator’s aids in Arabic: join link with QR code, agenda, presenter view, undo', () => {
  const running = useBrowserApp();

  it('shows the join link as a QR code with a copy button, names the next phase, and the room’s screen follows the board live', async () => {
    const facCookie = await signIn(running.url, 'facilitator', 'facilitator-demo-2026');
    const fac = apiClient(running.url, facCookie);
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'customer-voice',
      title: { ar: 'ورشة صوت المتعامل', en: 'Customer voice' },
      bundleId: null,
    });
    const send = (api: typeof fac, type: string, payload: Record<string, unknown> = {}) =>
      api.workshops.send.mutate({ id, type: type as 'ADVANCE', payload });
    const amal = await joinAsGuest(running.url, inviteCode, 'Amal');
    const guest = apiClient(running.url, amal.cookie);
    await send(fac, 'SET_VOTE_RULES', { rules: { budget: 3, maxPerIdea: 1, anonymous: false } });

    const { page, context, errors } = await running.newPage({ cookie: facCookie, language: 'ar' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.url });
    await page.goto(`${running.url}/workshops/${id}`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');

    // The join link, its QR code (an image the browser decoded) and a working copy button.
    const joinLink = `${running.url}/join/${inviteCode}`;
    expect(await page.getByTestId('join-link').textContent()).toBe(joinLink);
    const qr = page.getByRole('img', { name: 'رمز الاستجابة السريعة لرابط الانضمام' });
    await expect.poll(() => qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'نسخ الرابط' }).click();
    await page.getByText('تم نسخ الرابط.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(joinLink);

    // The next-phase button says where it goes, and moving on asks first (the dialog's button names it too).
    for (const phase of ['تمت دعوة المشاركين', 'الاستكشاف']) {
      await page.getByTestId('advance').click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: `التالي: ${phase}` })
        .click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.getByTestId('advance').textContent()).toBe('التالي: توليد الأفكار');

    // The participant sees the agenda with the current phase marked.
    const { page: phone } = await running.newPage({ cookie: amal.cookie, viewport: { width: 390, height: 844 } });
    await phone.goto(`${running.url}/workshops/${id}`);
    const agenda = phone.getByRole('navigation', { name: 'جدول الأعمال' });
    await agenda.waitFor();
    expect(await agenda.locator('[aria-current="step"]').count()).toBe(1);
    expect(await agenda.locator('li').count()).toBeGreaterThan(1);

    // The presenter view in large type on its own route, updated over the live channel.
    const { page: screen } = await running.newPage({ cookie: facCookie, language: 'ar' });
    await screen.goto(`${running.url}/workshops/${id}/present`);
    await screen.getByTestId('presenter-phase').getByText('الاستكشاف').waitFor();
    await send(guest, 'ADD_NOTE', { lane: 'pains', text: 'أربع زيارات لشهادة واحدة' });
    await screen.getByTestId('presenter-note').filter({ hasText: 'أربع زيارات لشهادة واحدة' }).waitFor();
    await send(fac, 'ADVANCE'); // ideation
    await send(guest, 'ADD_IDEA', { text: 'بوابة واحدة', painPointIds: [] });
    await send(fac, 'ADVANCE'); // voting
    await screen.getByTestId('presenter-phase').getByText('التصويت').waitFor();
    const ideaId = (await fac.workshops.get.query({ id })).board.ideas[0]!.id;
    await send(guest, 'CAST_VOTE', { ideaId });
    await screen.getByTestId('vote-results').getByText('صوت واحد').waitFor();
    expect(
      Number.parseFloat(await screen.getByTestId('presenter-phase').evaluate((el) => getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(28);
    expect(await seriousAxeViolations(screen)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('undoes the facilitator’s last board action from the console, and everyone’s board follows', async () => {
    const facCookie = await signIn(running.url, 'facilitator', 'facilitator-demo-2026');
    const fac = apiClient(running.url, facCookie);
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'customer-voice',
      title: { ar: 'ورشة التراجع', en: 'Undo' },
      bundleId: null,
    });
    const send = (type: string, payload: Record<string, unknown> = {}) =>
      fac.workshops.send.mutate({ id, type: type as 'ADVANCE', payload });
    const amal = await joinAsGuest(running.url, inviteCode, 'Amal');
    await send('ADVANCE');
    await send('ADVANCE'); // discovery
    const { page, errors } = await running.newPage({ cookie: facCookie, language: 'ar' });
    const { page: phone } = await running.newPage({ cookie: amal.cookie });
    await page.goto(`${running.url}/workshops/${id}`);
    await phone.goto(`${running.url}/workshops/${id}`);
    await page.getByLabel('اكتب ملاحظة…').fill('ملاحظة في المكان الخطأ');
    await page.getByRole('button', { name: 'إضافة ملاحظة' }).click();
    await phone.getByTestId('sticky-note').filter({ hasText: 'ملاحظة في المكان الخطأ' }).waitFor();
    await page.getByTestId('undo-what').getByText('يحذف ملاحظتك «ملاحظة في المكان الخطأ»').waitFor();
    await page.getByRole('button', { name: 'تراجع' }).click();
    await expect.poll(() => phone.getByTestId('sticky-note').count()).toBe(0);
    await expect.poll(() => page.getByTestId('sticky-note').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'تراجع' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
