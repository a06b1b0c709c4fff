import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { WorkflowEngine, type TransitionResult } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import type { TransitionEffectArgs } from '../../engine/workflow/definition.ts';
import { getEvents, getInstance } from '../../engine/workflow/read-models.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

const writer = (i: number): Actor => ({ id: `u-${i}`, label: `writer ${i}`, roles: ['editor'], entityId: 'E1' });

type Settled = { ok: true; value: TransitionResult } | { ok: false; error: unknown };
const settle = (p: Promise<TransitionResult>): Promise<Settled> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

interface EffectCall {
  seq: number;
  by: unknown;
  followed: boolean;
  /** The transaction the effect ran in (every row it could write shares it). */
  tx: string;
}

/** A review with a domain effect that opts into grouped writes, recording every call; INCREMENT by 7 fails in the read model. */
function groupedWorkflow(calls: EffectCall[]) {
  return {
    ...reviewWorkflow(1),
    kind: 'review_grouped',
    groupedWrites: true,
    onTransition: async (args: TransitionEffectArgs) => {
      if (args.event.type === 'INCREMENT' && args.event.by === 7) throw new Error('read model refused the event');
      const { rows } = await sql<{ tx: string }>`select txid_current()::text as tx`.execute(args.db);
      calls.push({ seq: args.seq, by: args.event.by, followed: args.followedInTransaction === true, tx: rows[0]!.tx });
    },
  };
}

describe.each(testDatabases())('grouped writes for a definition with effects on $name', (target) => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  const calls: EffectCall[] = [];
  beforeAll(async () => {
    db = await target.create();
    engine = new WorkflowEngine(db.db, new WorkflowRegistry().register(groupedWorkflow(calls)));
  });
  afterAll(async () => {
    await engine.flushNotices();
    await db.close();
  });

  const start = async () =>
    (await engine.start({ kind: 'review_grouped', entityId: 'E1', input: { title: 'Hot board' }, actor: writer(0) })).instanceId;

  it('writes a group by one statement, then runs every effect in order in the same transaction; only the last is not followed', async () => {
    const instanceId = await start();
    calls.length = 0;
    const sends = 20;
    const results = await Promise.all(
      Array.from({ length: sends }, (_, i) =>
        engine.send({ instanceId, event: { type: 'INCREMENT', by: (i % 5) + 1 }, actor: writer(i + 1) }),
      ),
    );
    expect(results.map((r) => r.seq)).toEqual(Array.from({ length: sends }, (_, i) => i + 2));
    const events = await getEvents(db.db, instanceId);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: sends + 1 }, (_, i) => i + 1));
    expect(events.slice(1).map((e) => e.actor_label)).toEqual(Array.from({ length: sends }, (_, i) => `writer ${i + 1}`));
    const total = Array.from({ length: sends }, (_, i) => (i % 5) + 1).reduce((a, b) => a + b, 0);
    expect((await getInstance(db.db, instanceId))!.snapshot).toMatchObject({ context: { count: total } });
    // Every event's effect ran once, in sequence order.
    expect(calls.map((c) => c.seq)).toEqual(Array.from({ length: sends }, (_, i) => i + 2));
    // Within each transaction, every effect but the last is told a later event follows it.
    const byTx = new Map<string, EffectCall[]>();
    for (const c of calls) byTx.set(c.tx, [...(byTx.get(c.tx) ?? []), c]);
    expect(byTx.size).toBeLessThan(sends);
    for (const group of byTx.values()) expect(group.map((c) => c.followed)).toEqual(group.map((_, i) => i < group.length - 1));
    // The audit rows of a group and its effects share one transaction.
    const { rows } = await sql<{ tx: string }>`
      select distinct xmin::text as tx from workflow_events where instance_id = ${instanceId} and seq > 1`.execute(db.db);
    expect(rows.length).toBe(byTx.size);
  });

  it('a refused event refuses only itself, and a failing effect fails only its own event', async () => {
    const instanceId = await start();
    const outcomes = await Promise.all([
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: writer(1) })),
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 2 }, actor: writer(2) })),
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 99 }, actor: writer(3) })), // invalid payload
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 7 }, actor: writer(4) })), // effect fails
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 3 }, actor: writer(5) })),
    ]);
    expect(outcomes.map((o) => (o.ok ? o.value.seq : (o.error as Error).message.slice(0, 26)))).toEqual([
      2,
      3,
      expect.stringMatching(/./),
      'read model refused the eve',
      4,
    ]);
    expect(outcomes[2]!.ok).toBe(false);
    const events = await getEvents(db.db, instanceId);
    expect(events.map((e) => (e.payload as { by?: number }).by ?? null)).toEqual([null, 1, 2, 3]);
    expect((await getInstance(db.db, instanceId))!.snapshot).toMatchObject({ context: { count: 6 } });
  });
});
