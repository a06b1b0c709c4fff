import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import type { WorkshopView } from '../../api/workshops/workshop-view.ts';
import { applyLiveBoardMessage, type LiveBoardMessage } from '../../workflows/workshops/live-board.ts';
import { joinAsGuest } from './guest-session.ts';

interface Follower {
  messages: LiveBoardMessage<WorkshopView>[];
  board: () => WorkshopView | null;
  until(done: (v: WorkshopView) => boolean, timeoutMs?: number): Promise<void>;
  stop(): void;
}

function follow(api: ApiClient, id: string): Follower {
  const messages: LiveBoardMessage<WorkshopView>[] = [];
  let board: WorkshopView | null = null;
  let failure: unknown = null;
  const sub = api.workshops.watch.subscribe(
    { id },
    {
      onData(message) {
        const data = message.data as LiveBoardMessage<WorkshopView>;
        messages.push(data);
        board = applyLiveBoardMessage(board, data);
      },
      onError(err) {
        failure = err;
      },
    },
  );
  return {
    messages,
    board: () => board,
    async until(done, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!board || !done(board)) {
        if (failure) throw failure;
        if (Date.now() > deadline) throw new Error(`board stuck at version ${board?.version}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: () => sub.unsubscribe(),
  };
}

/**
 * Two API servers on one database stand for two processes: each has its own engine, commit feed
 * and live hub. A viewer on one sees its own server's commits from the feed and the other's only
 * through NOTIFY and a read; interleaved, every version must arrive once, in order, with nothing lost.
 */
describe.each(testDatabases())('live board across two servers on $name', (target) => {
  let db: TestDatabase;
  let one: RunningApp;
  let two: RunningApp;
  beforeAll(async () => {
    db = await target.create();
    one = await startTestApp(db);
    two = await startTestApp(db, { seed: false });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await db?.close();
  });

  it('shows every viewer on either server every version once, in order, filtered for them', async () => {
    const fac = apiClient(one.url, await signIn(one.url, 'facilitator', 'facilitator-demo-2026'));
    const { id, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'customer-voice',
      title: { en: 'Two servers', ar: 'خادمان' },
      bundleId: null,
    });
    const guests = await Promise.all([0, 1, 2, 3].map((i) => joinAsGuest(i % 2 === 0 ? one.url : two.url, inviteCode, `Customer ${i}`)));
    const on = (i: number) => apiClient(i % 2 === 0 ? one.url : two.url, guests[i]!.cookie);
    await fac.workshops.send.mutate({ id, type: 'SET_VOTE_RULES', payload: { rules: { budget: 2, maxPerIdea: 1, anonymous: true } } });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });
    const followers = [0, 1, 2, 3].map((i) => follow(on(i), id));
    await Promise.all(followers.map((f) => f.until((v) => v.phase === 'discovery')));

    // Notes sent to both servers at once, several rounds.
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        [0, 1, 2, 3].map((i) => on(i).workshops.send.mutate({ id, type: 'ADD_NOTE', payload: { lane: 'pains', text: `r${round} c${i}` } })),
      );
    }
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });
    await fac.workshops.send.mutate({ id, type: 'ADD_IDEA', payload: { text: 'One portal', painPointIds: [] } });
    await fac.workshops.send.mutate({ id, type: 'ADD_IDEA', payload: { text: 'No paper', painPointIds: [] } });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });
    await Promise.all(followers.map((f) => f.until((v) => v.phase === 'voting')));
    const ideas = followers[0]!.board()!.board.ideas.map((i) => i.id);
    await Promise.all([0, 1, 2, 3].map((i) => on(i).workshops.send.mutate({ id, type: 'CAST_VOTE', payload: { ideaId: ideas[i % 2]! } })));

    const final = await fac.workshops.get.query({ id });
    await Promise.all(followers.map((f) => f.until((v) => v.version === final.version)));
    for (const [i, f] of followers.entries()) {
      // One board on join, then changes that each start where the previous message ended: no gap, no repeat.
      expect(f.messages.filter((m) => m.kind === 'board')).toHaveLength(1);
      const versions = f.messages.map((m) => (m.kind === 'board' ? m.view.version : m.version));
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(versions.length);
      for (let k = 1; k < f.messages.length; k++) {
        const m = f.messages[k]!;
        expect(m.kind === 'changes' && m.from).toBe(versions[k - 1]);
      }
      // The board each one ends with is exactly what `get` shows that viewer.
      expect(f.board()).toEqual(await on(i).workshops.get.query({ id }));
      expect(f.board()!.board.notes).toHaveLength(12);
      // Anonymous voting: each sees only their own dot.
      expect(f.board()!.board.votes.map((v) => v.voterId)).toEqual([guests[i]!.userId]);
    }
    for (const f of followers) f.stop();
  }, 180_000);
});
