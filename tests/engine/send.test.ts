import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import { getEvents, getInstance } from '../../engine/workflow/read-models.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

const editor: Actor = { id: 'u-editor', label: 'editor', roles: ['editor'], entityId: 'E1' };
const outsider: Actor = { id: 'u-out', label: 'outsider', roles: ['editor'], entityId: 'E2' };
const reviewer: Actor = { id: 'u-rev', label: 'reviewer', roles: ['reviewer'], entityId: null };

async function expectRefusal(p: Promise<unknown>, code: WorkflowError['code']) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowError);
  expect((err as WorkflowError).code).toBe(code);
  expect((err as WorkflowError).messageKey).toBe(`errors.workflow.${code}`);
}

describe.each(testDatabases())('send on $name', (target) => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  beforeAll(async () => {
    db = await target.create();
    engine = new WorkflowEngine(db.db, new WorkflowRegistry().register(reviewWorkflow(1)));
  });
  afterAll(async () => db.close());
  const countInstances = async () => (await db.db.selectFrom('workflow_instances').select('id').execute()).length;

  const startReview = () => engine.start({ kind: 'review', entityId: 'E1', input: { title: 'Annual report' }, actor: editor });

  it('starts, transitions and records a gapless audit trail with actors and states', async () => {
    const { instanceId } = await startReview();
    await engine.send({ instanceId, event: { type: 'INCREMENT', by: 2 }, actor: editor });
    await engine.send({ instanceId, event: { type: 'SUBMIT' }, actor: editor });
    const result = await engine.send({ instanceId, event: { type: 'APPROVE', note: 'fine' }, actor: reviewer });
    expect(result).toMatchObject({ seq: 4, version: 4, state: 'approved' });
    const row = await getInstance(db.db, instanceId);
    expect(row).toMatchObject({ state: 'approved', version: 4, machine_version: 1, entity_id: 'E1' });
    expect((row!.snapshot as { context: { count: number; note: string } }).context).toMatchObject({ count: 2, note: 'fine' });
    const events = await getEvents(db.db, instanceId);
    expect(events.map((e) => [e.seq, e.event_type, e.state_before, e.state_after, e.actor_label])).toEqual([
      [1, 'xstate.init', null, 'open', 'editor'],
      [2, 'INCREMENT', 'open', 'open', 'editor'],
      [3, 'SUBMIT', 'open', 'submitted', 'editor'],
      [4, 'APPROVE', 'submitted', 'approved', 'reviewer'],
    ]);
    expect(events[1]!.payload).toEqual({ by: 2 });
  });

  it('refuses unauthorised, out-of-entity, invalid, unknown and unaccepted events, changing nothing', async () => {
    const { instanceId } = await startReview();
    const before = await getInstance(db.db, instanceId);
    const instanceCount = await countInstances();
    await expectRefusal(engine.send({ instanceId, event: { type: 'APPROVE' }, actor: editor }), 'FORBIDDEN');
    await expectRefusal(engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: outsider }), 'FORBIDDEN');
    await expectRefusal(engine.send({ instanceId, event: { type: 'INCREMENT', by: 99 }, actor: editor }), 'INVALID_PAYLOAD');
    await expectRefusal(engine.send({ instanceId, event: { type: 'INCREMENT', by: 'x' }, actor: editor }), 'INVALID_PAYLOAD');
    await expectRefusal(engine.send({ instanceId, event: { type: 'DELETE_ALL' }, actor: editor }), 'UNKNOWN_EVENT');
    // REOPEN is a real event with the right role, but `open` does not accept it.
    await expectRefusal(engine.send({ instanceId, event: { type: 'REOPEN' }, actor: reviewer }), 'EVENT_NOT_ACCEPTED');
    await expectRefusal(engine.send({ instanceId: 'nope', event: { type: 'SUBMIT' }, actor: editor }), 'NOT_FOUND');
    await expectRefusal(engine.start({ kind: 'review', entityId: 'E1', input: { title: 'x' }, actor: reviewer }), 'FORBIDDEN');
    await expectRefusal(engine.start({ kind: 'review', entityId: 'E1', input: { title: '' }, actor: editor }), 'INVALID_PAYLOAD');
    const after = await getInstance(db.db, instanceId);
    expect(after).toEqual(before);
    expect(await getEvents(db.db, instanceId)).toHaveLength(1);
    expect(await countInstances()).toBe(instanceCount);
  });

  it('refuses a stale expected version with CONFLICT', async () => {
    const { instanceId } = await startReview();
    await engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: editor, expectedVersion: 1 });
    await expectRefusal(engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: editor, expectedVersion: 1 }), 'CONFLICT');
    expect((await getInstance(db.db, instanceId))!.version).toBe(2);
  });

  it('keeps the audit trail append-only at the database', async () => {
    const { instanceId } = await startReview();
    await expect(sql`update workflow_events set event_type = 'FORGED' where instance_id = ${instanceId}`.execute(db.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('loses nothing with 50 concurrent senders on one instance, and the sequence stays gapless', async () => {
    const { instanceId } = await startReview();
    // On the server, a pool as wide as the senders, so all 50 transactions really contend.
    const wide = db.url ? await connectDatabase({ driver: 'postgres', url: db.url, poolSize: 55 }) : null;
    const senderEngine = wide ? new WorkflowEngine(wide.db, engine.registry) : engine;
    try {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          senderEngine.send({ instanceId, event: { type: 'INCREMENT', by: (i % 3) + 1 }, actor: editor }),
        ),
      );
      const expectedTotal = Array.from({ length: 50 }, (_, i) => (i % 3) + 1).reduce((a, b) => a + b, 0); // 17*1 + 17*2 + 16*3 = 99
      expect(expectedTotal).toBe(99);
      expect(new Set(results.map((r) => r.seq)).size).toBe(50);
      const row = await getInstance(db.db, instanceId);
      expect(row!.version).toBe(51);
      expect((row!.snapshot as { context: { count: number } }).context.count).toBe(99);
      const events = await getEvents(db.db, instanceId);
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    } finally {
      await wide?.close();
    }
  });
});
