import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { runLiveRoom } from '../../bench/workshop/live-room.ts';
import type { WorkshopView } from '../../api/workshops/workshop-view.ts';
import { joinAsGuest } from './guest-session.ts';
import { applyLiveBoardMessage, type LiveBoardMessage } from '../../workflows/workshops/live-board.ts';

describe.each(testDatabases())('live workshop board on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let fac: ApiClient;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    fac = apiClient(running.url, await signIn(running.url, 'facilitator', 'facilitator-demo-2026'));
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('50 participants adding notes and votes at once all converge on the same board', async () => {
    // Correctness only: every phone sees every note. How fast is `npm run bench:workshop`'s question.
    const result = await runLiveRoom(running.url, fac, 50, 90_000);
    expect(result.converged).toBe(true);
    expect(result.notesSeen.every((n) => n === 50)).toBe(true);
    expect(result.noteLatenciesMs).toHaveLength(50 * 50);
  }, 180_000);

  it('a participant who reconnects with the last version seen catches up without loss or duplicates', async () => {
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'customer-voice',
      title: { en: 'Reconnect', ar: 'إعادة الاتصال' },
      bundleId: null,
    });
    const guest = await joinAsGuest(running.url, inviteCode, 'Mobile customer');
    const api = apiClient(running.url, guest.cookie);
    const send = (who: ApiClient, type: string, payload: Record<string, unknown> = {}) =>
      who.workshops.send.mutate({ id, type: type as 'ADVANCE', payload });
    await send(fac, 'ADVANCE');
    await send(fac, 'ADVANCE');
    const received: LiveBoardMessage<WorkshopView>[] = [];
    let board: WorkshopView | null = null;
    const collect = (lastEventId: string | null, until: (v: WorkshopView) => boolean) =>
      new Promise<string>((resolve, reject) => {
        const sub = api.workshops.watch.subscribe(
          { id, lastEventId },
          {
            onData(message) {
              const data = message.data as LiveBoardMessage<WorkshopView>;
              received.push(data);
              board = applyLiveBoardMessage(board, data);
              if (board && until(board)) {
                sub.unsubscribe();
                resolve(message.id);
              }
            },
            onError: reject,
          },
        );
      });
    await send(api, 'ADD_NOTE', { lane: 'a', text: 'first' });
    const lastSeen = await collect(null, (v) => v.board.notes.length === 1);
    // Offline: three notes by the facilitator meanwhile.
    for (const text of ['second', 'third', 'fourth']) await send(fac, 'ADD_NOTE', { lane: 'a', text });
    const seenBefore = received.length;
    await collect(lastSeen, (v) => v.board.notes.length === 4);
    const resumed = received.slice(seenBefore);
    // Versions only move forward across the reconnect: nothing replayed twice.
    const versions = received.map((m) => (m.kind === 'board' ? m.view.version : m.version));
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    // Join and resume get the whole board; in between only changes.
    expect(received[0]!.kind).toBe('board');
    expect(resumed[0]!.kind).toBe('board');
    expect(versions[seenBefore]).toBeGreaterThan(Number(lastSeen));
    expect(board!.board.notes.map((n) => n.text)).toEqual(['first', 'second', 'third', 'fourth']);
    // The board the deltas built is the board a fresh viewer loads.
    const fresh = await api.workshops.get.query({ id });
    expect(JSON.parse(JSON.stringify(board))).toEqual(JSON.parse(JSON.stringify(fresh)));
  });
});
