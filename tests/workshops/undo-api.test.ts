import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { joinAsGuest } from './guest-session.ts';

describe.each(testDatabases())('undo of the facilitator’s last board action on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let fac: ApiClient;
  let guest: ApiClient;
  let workshopId = '';

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    fac = apiClient(running.url, await signIn(running.url, 'facilitator', 'facilitator-demo-2026'));
    const created = await fac.workshops.create.mutate({
      templateId: 'customer-voice',
      title: { ar: 'ورشة التراجع', en: 'Undo' },
      bundleId: null,
    });
    workshopId = created.id;
    guest = apiClient(running.url, (await joinAsGuest(running.url, created.inviteCode, 'Amal')).cookie);
    await send(fac, 'ADVANCE');
    await send(fac, 'ADVANCE'); // discovery
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const send = (api: ApiClient, type: string, payload: Record<string, unknown> = {}) =>
    api.workshops.send.mutate({ id: workshopId, type: type as 'ADVANCE', payload });

  it('takes back the facilitator’s note as a recorded engine event; a participant may not undo', async () => {
    await send(guest, 'ADD_NOTE', { lane: 'pains', text: 'Amal’s note' });
    await send(fac, 'ADD_NOTE', { lane: 'pains', text: 'Wrong lane, typo' });
    const before = await fac.workshops.get.query({ id: workshopId });
    expect(before.undo).toEqual({ kind: 'add', list: 'notes', text: 'Wrong lane, typo' });
    // Only the facilitator sees what undo would take back.
    expect((await guest.workshops.get.query({ id: workshopId })).undo).toBeNull();
    expect((await refusal(send(guest, 'UNDO_BOARD_ACTION'))).code).toBe('FORBIDDEN');

    await send(fac, 'UNDO_BOARD_ACTION');
    const after = await fac.workshops.get.query({ id: workshopId });
    expect(after.board.notes.map((n) => n.text)).toEqual(['Amal’s note']);
    expect(after.undo).toBeNull();
    // The undo is in the workshop's history with who did it.
    const events = await running.db
      .selectFrom('workflow_events')
      .select(['event_type', 'actor_id'])
      .where('instance_id', '=', workshopId)
      .where('event_type', '=', 'UNDO_BOARD_ACTION')
      .execute();
    expect(events).toEqual([{ event_type: 'UNDO_BOARD_ACTION', actor_id: 'usr-facilitator' }]);
    // Once is enough: a second undo has nothing left, and says so.
    expect(await refusal(send(fac, 'UNDO_BOARD_ACTION'))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.nothingToUndo',
    });
  });
});
