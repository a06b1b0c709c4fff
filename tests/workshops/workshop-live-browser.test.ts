import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { joinAsGuest } from './guest-session.ts';

describe('live workshop board in two participants’ browsers', () => {
  const running = useBrowserApp();

  it('each sees the other’s note and vote without a reload, from changes applied to the board they joined with', async () => {
    const fac = apiClient(running.url, await signIn(running.url, 'facilitator', 'facilitator-demo-2026'));
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'customer-voice',
      title: { ar: 'ورشة مباشرة', en: 'Live board' },
      bundleId: null,
    });
    const send = (type: string, payload: Record<string, unknown> = {}) =>
      fac.workshops.send.mutate({ id, type: type as 'ADVANCE', payload });
    const amal = await joinAsGuest(running.url, inviteCode, 'Amal');
    const badr = await joinAsGuest(running.url, inviteCode, 'Badr');
    await send('SET_VOTE_RULES', { rules: { budget: 2, maxPerIdea: 1, anonymous: false } });
    await send('ADVANCE'); // participants invited
    await send('ADVANCE'); // discovery

    const { page: a } = await running.newPage({ cookie: amal.cookie });
    const { page: b } = await running.newPage({ cookie: badr.cookie });
    await a.goto(`${running.url}/workshops/${id}`);
    await b.goto(`${running.url}/workshops/${id}`);
    await a.getByLabel('اكتب ملاحظة…').waitFor();
    await b.getByLabel('اكتب ملاحظة…').waitFor();

    await a.getByLabel('اكتب ملاحظة…').fill('Four visits for one certificate');
    await a.getByRole('button', { name: 'إضافة ملاحظة' }).click();
    await b.getByTestId('sticky-note').filter({ hasText: 'Four visits for one certificate' }).waitFor();
    await b.getByLabel('اكتب ملاحظة…').fill('Nobody answers the phone');
    await b.getByRole('button', { name: 'إضافة ملاحظة' }).click();
    await a.getByTestId('sticky-note').filter({ hasText: 'Nobody answers the phone' }).waitFor();

    await send('ADVANCE'); // ideation
    await send('ADD_IDEA', { text: 'One visit, one portal', painPointIds: [] });
    await send('ADVANCE'); // voting
    // Guests join in Arabic; numbers may be written in either digits.
    const votes = (n: number) => ['لا أصوات', 'صوت واحد', 'صوتان'][n]!;
    const idea = (page: typeof a) => page.locator('.ws-card--idea').filter({ hasText: 'One visit, one portal' });
    await idea(a).getByText(votes(0)).waitFor();
    await idea(b).getByText(votes(0)).waitFor();

    await idea(b).getByRole('button', { name: 'تصويت' }).click();
    await idea(a).getByText(votes(1)).waitFor();
    await idea(a).getByRole('button', { name: 'تصويت' }).click();
    await idea(b).getByText(votes(2)).waitFor();
    await idea(a).getByText(votes(2)).waitFor();

    // What the changes built is what a reload shows.
    const live = await a.getByTestId('sticky-note').allTextContents();
    await a.reload();
    await idea(a).getByText(votes(2)).waitFor();
    expect(await a.getByTestId('sticky-note').allTextContents()).toEqual(live);
  });
});
