import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { joinWithInviteCode } from '../../api/workshops/guest-join.ts';
import { joinAsGuest } from './guest-session.ts';
import { en } from './notice-texts.ts';

describe.each(testDatabases())('workshop phase notices and join throttling on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let fac: ApiClient;
  let moi: ApiClient;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    fac = apiClient(running.url, await signIn(running.url, 'facilitator', 'facilitator-demo-2026'));
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const phaseNotices = async (userId: string, workshopId: string) =>
    (
      await running.db
        .selectFrom('notifications')
        .selectAll()
        .where('recipient_user_id', '=', userId)
        .where('kind', '=', 'workshops.notices.phaseChanged')
        .orderBy('id')
        .execute()
    ).filter((n) => n.link === `/workshops/${workshopId}`);

  it('notifies representatives and customers of each phase change, by the facilitator or by the time box', async () => {
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { en: 'Notices', ar: 'تنبيهات' },
      bundleId: null,
    });
    await fac.workshops.addRepresentative.mutate({ id, userId: 'usr-coord-moi' });
    await fac.workshops.addRepresentative.mutate({ id, userId: 'usr-coord-moh' });
    const guest = await joinAsGuest(running.url, inviteCode, 'Customer');
    // Joining changes no phase: nobody is told anything yet.
    expect(await phaseNotices('usr-coord-moi', id)).toHaveLength(0);

    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} }); // planned → participants_invited
    const [first] = await phaseNotices('usr-coord-moi', id);
    expect(first).toMatchObject({
      params: { phase: 'participants_invited', phaseEn: 'Participants invited', titleEn: 'Notices', titleAr: 'تنبيهات' },
      read_at: null,
    });
    // The English text the inbox shows, from the key it looks up (kind a.b.c → namespace a, key b.c).
    expect(en.notices.phaseChanged.replace('{{titleEn}}', 'Notices').replace('{{phaseEn}}', 'Participants invited')).toBe(
      'Workshop “Notices” moved to a new phase: Participants invited.',
    );

    // The removed representative hears nothing more; the facilitator, who moved it, is not told.
    await fac.workshops.send.mutate({ id, type: 'REMOVE_PARTICIPANT', payload: { participantId: 'usr-coord-moh' } });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} }); // → discovery, boxed at 45 minutes
    const view = await fac.workshops.get.query({ id });
    expect(await running.app.scheduler.fireDue(new Date(Date.parse(view.phaseEndsAt!) + 1000))).toBe(1); // → ideation, by the timer

    expect((await phaseNotices('usr-coord-moi', id)).map((n) => n.params.phase)).toEqual(['participants_invited', 'discovery', 'ideation']);
    expect((await phaseNotices(guest.userId, id)).map((n) => n.params.phase)).toEqual(['participants_invited', 'discovery', 'ideation']);
    expect((await phaseNotices('usr-coord-moh', id)).map((n) => n.params.phase)).toEqual(['participants_invited']);
    expect(await phaseNotices('usr-facilitator', id)).toHaveLength(0);

    // The representative reads it in the inbox, linked to the board.
    const inbox = await moi.notifications.list.query({ unreadOnly: true, limit: 50 });
    expect(inbox.filter((n) => n.link === `/workshops/${id}`).map((n) => n.params.phase)).toEqual([
      'ideation',
      'discovery',
      'participants_invited',
    ]);
  });

  it('refuses joins beyond the workshop’s participant cap, changing nothing', async () => {
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { en: 'Small room', ar: 'غرفة صغيرة' },
      bundleId: null,
      participantCap: 3,
    });
    await fac.workshops.addRepresentative.mutate({ id, userId: 'usr-coord-moi' });
    await joinAsGuest(running.url, inviteCode, 'One');
    await joinAsGuest(running.url, inviteCode, 'Two'); // 1 representative + 2 customers = the cap of 3
    const guestsBefore = await running.db.selectFrom('users').select('id').where('id', 'like', 'usr-guest-%').execute();
    expect(await refusal(apiClient(running.url, null).workshops.join.mutate({ code: inviteCode, name: 'Three', locale: 'en' }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.workshopFull',
    });
    // No guest account was left behind by the refused join.
    expect(await running.db.selectFrom('users').select('id').where('id', 'like', 'usr-guest-%').execute()).toHaveLength(
      guestsBefore.length,
    );
    const view = await fac.workshops.get.query({ id });
    expect(view.participants.filter((p) => !p.removed)).toHaveLength(3);
    // Removing someone frees a seat.
    await fac.workshops.send.mutate({ id, type: 'REMOVE_PARTICIPANT', payload: { participantId: 'usr-coord-moi' } });
    await joinAsGuest(running.url, inviteCode, 'Three');
  });

  it('counts wrong codes towards the per-IP limit of joins per minute, in the database', async () => {
    const { inviteCode } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { en: 'Throttle', ar: 'حد' },
      bundleId: null,
    });
    const engine = running.app.services.engine;
    const t0 = new Date('2026-11-25T10:00:00Z');
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    const join = (code: string, ip: string, seconds: number) =>
      joinWithInviteCode(running.db, engine, { code, name: 'Guest', locale: 'en', ip }, at(seconds), 3);
    // Limit 3 per minute: two wrong guesses and one right join use up 203.0.113.7's minute.
    const badCode = { code: 'NOT_FOUND', messageKey: 'errors.workshops.badInviteCode' };
    const throttled = { code: 'TOO_MANY_REQUESTS', messageKey: 'errors.workshops.tooManyJoins' };
    expect(await refusal(join('WRONGCODE', '203.0.113.7', 0))).toEqual(badCode);
    expect(await refusal(join('WRONGCOD2', '203.0.113.7', 10))).toEqual(badCode);
    await join(inviteCode, '203.0.113.7', 20);
    // The 4th attempt at 30 s is refused even with the right code; another address is unaffected.
    expect(await refusal(join(inviteCode, '203.0.113.7', 30))).toEqual(throttled);
    await join(inviteCode, '198.51.100.2', 30);
    // At 61 s the attempt at 0 s has left the window, but the refused one at 30 s still counts: 10, 20, 30, 61 = 4 > 3.
    expect(await refusal(join(inviteCode, '203.0.113.7', 61))).toEqual(throttled);
    // At 85 s only 30, 61 and 85 remain (10 and 20 have left): 3 ≤ 3, so it joins.
    await join(inviteCode, '203.0.113.7', 85);
  });

  it('lists to an entity representative the workshops they are invited to, and lets leadership read the bundles', async () => {
    // moi was added to 'Notices' and 'Small room' but removed from 'Small room'; 'Throttle' never invited anyone.
    expect((await moi.workshops.list.query()).map((w) => w.title.en)).toEqual(['Notices']);
    const leadership = apiClient(running.url, await signIn(running.url, 'leader', 'leader-demo-2026'));
    expect(await leadership.bundles.list.query()).toHaveLength(8);
    expect((await leadership.bundles.get.query({ id: 'bundle.new_baby' })).comparison?.steps).toMatchObject({ baseline: 15, target: 5 });
  });
});
