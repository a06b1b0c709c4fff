import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { WorkflowEngine, type TransitionResult } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import { getEvents, getInstance } from '../../engine/workflow/read-models.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

const writer = (i: number): Actor => ({ id: `u-${i}`, label: `writer ${i}`, roles: ['editor'], entityId: 'E1' });
const outsider: Actor = { id: 'u-out', label: 'outsider', roles: ['editor'], entityId: 'E2' };

type Settled = { ok: true; value: TransitionResult } | { ok: false; error: unknown };
const settle = (p: Promise<TransitionResult>): Promise<Settled> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** A review whose domain effect fails for one marked event (INCREMENT by 7), as a read model's constraint might. */
function failingEffectWorkflow() {
  return {
    ...reviewWorkflow(1),
    kind: 'review_fx',
    onTransition: async ({ event }: { event: { type: string } & Record<string, unknown> }) => {
      if (event.type === 'INCREMENT' && event.by === 7) throw new Error('read model refused the event');
    },
  };
}

describe.each(testDatabases())('events arriving together at one instance on $name', (target) => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  beforeAll(async () => {
    db = await target.create();
    engine = new WorkflowEngine(db.db, new WorkflowRegistry().register(reviewWorkflow(1)).register(failingEffectWorkflow()));
  });
  afterAll(async () => {
    await engine.flushNotices();
    await db.close();
  });

  const start = async (kind = 'review') =>
    (await engine.start({ kind, entityId: 'E1', input: { title: 'Hot board' }, actor: writer(0) })).instanceId;

  it('applies them in arrival order, one audit row and one answer each, in fewer writes than events', async () => {
    const instanceId = await start();
    const sends = 30;
    const results = await Promise.all(
      Array.from({ length: sends }, (_, i) =>
        engine.send({ instanceId, event: { type: 'INCREMENT', by: (i % 10) + 1 }, actor: writer(i + 1) }),
      ),
    );
    const events = await getEvents(db.db, instanceId);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: sends + 1 }, (_, i) => i + 1));
    // Arrival order: the i-th send is the (i + 2)-th event, and its answer says so.
    expect(events.slice(1).map((e) => e.actor_label)).toEqual(Array.from({ length: sends }, (_, i) => `writer ${i + 1}`));
    expect(results.map((r) => r.seq)).toEqual(Array.from({ length: sends }, (_, i) => i + 2));
    const total = Array.from({ length: sends }, (_, i) => (i % 10) + 1).reduce((a, b) => a + b, 0);
    expect(results.at(-1)!.snapshot.context.count).toBe(total);
    const row = await getInstance(db.db, instanceId);
    expect(row).toMatchObject({ version: sends + 1 });
    expect((row!.snapshot as { context: { count: number } }).context.count).toBe(total);
    // Grouped: rows written by one transaction share its id (xmin); thirty sends took fewer transactions than thirty.
    const { rows } = await sql<{
      tx: string;
    }>`select distinct xmin::text as tx from workflow_events where instance_id = ${instanceId} and seq > 1`.execute(db.db);
    expect(rows.length).toBeLessThan(sends);
  });

  it('refuses a refused event alone: the others in its group land, in order, and the refused one leaves no trace', async () => {
    const instanceId = await start();
    const sends: Promise<Settled>[] = [
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: writer(1) })),
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 99 }, actor: writer(2) })), // invalid payload
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 2 }, actor: outsider })), // another entity
      settle(engine.send({ instanceId, event: { type: 'APPROVE' }, actor: writer(3) })), // role may not
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 3 }, actor: writer(4), expectedVersion: 1 })), // stale
      settle(
        engine.send({
          instanceId,
          event: { type: 'INCREMENT', by: 4 },
          actor: writer(5),
          authorize: () => {
            throw new Error('reader may not see it');
          },
        }),
      ),
      settle(engine.send({ instanceId, event: { type: 'INCREMENT', by: 5 }, actor: writer(6) })),
    ];
    const outcomes = await Promise.all(sends);
    const codes = outcomes.map((o) => (o.ok ? o.value.seq : o.error instanceof WorkflowError ? o.error.code : (o.error as Error).message));
    expect(codes).toEqual([2, 'INVALID_PAYLOAD', 'FORBIDDEN', 'FORBIDDEN', 'CONFLICT', 'reader may not see it', 3]);
    const events = await getEvents(db.db, instanceId);
    expect(events.map((e) => [e.seq, e.actor_label, e.payload])).toEqual([
      [1, 'writer 0', { title: 'Hot board' }],
      [2, 'writer 1', { by: 1 }],
      [3, 'writer 6', { by: 5 }],
    ]);
  });

  it('when the group fails as a whole, applies each member alone: only the failing one fails, none is lost', async () => {
    const instanceId = await start('review_fx');
    const outcomes = await Promise.all(
      [1, 2, 7, 3, 4].map((by, i) => settle(engine.send({ instanceId, event: { type: 'INCREMENT', by }, actor: writer(i + 1) }))),
    );
    expect(outcomes.map((o) => (o.ok ? o.value.seq : (o.error as Error).message))).toEqual([2, 3, 'read model refused the event', 4, 5]);
    const events = await getEvents(db.db, instanceId);
    expect(events.map((e) => (e.payload as { by?: number }).by ?? null)).toEqual([null, 1, 2, 3, 4]);
  });

  it('when the database refuses every write, every member gets the error and nothing is written', async () => {
    const instanceId = await start();
    await sql`create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit store offline'; end $$`.execute(
      db.db,
    );
    await sql`create trigger refuse_audit before insert on workflow_events for each row execute function refuse_audit()`.execute(db.db);
    try {
      const outcomes = await Promise.all(
        [1, 2, 3, 4].map((by, i) => settle(engine.send({ instanceId, event: { type: 'INCREMENT', by }, actor: writer(i + 1) }))),
      );
      for (const o of outcomes) {
        expect(o.ok).toBe(false);
        expect(String((o as { error: Error }).error.message)).toMatch(/audit store offline/);
      }
    } finally {
      await sql`drop trigger refuse_audit on workflow_events`.execute(db.db);
      await sql`drop function refuse_audit()`.execute(db.db);
    }
    expect(await getInstance(db.db, instanceId)).toMatchObject({ version: 1 });
    expect(await getEvents(db.db, instanceId)).toHaveLength(1);
    // And the instance takes events again.
    expect(await engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: writer(1) })).toMatchObject({ seq: 2 });
  });
});
