import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import { getEvents, getInstance, getTimers } from '../../engine/workflow/read-models.ts';
import { connectDatabase, type DatabaseHandle } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { postgresDatabase, testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

const editor: Actor = { id: 'u-editor', label: 'editor', roles: ['editor'], entityId: 'E1' };
const reviewer: Actor = { id: 'u-rev', label: 'reviewer', roles: ['reviewer'], entityId: null };
const registry = () => new WorkflowRegistry().register(reviewWorkflow(1));
const later = (ms: number) => new Date(Date.now() + ms);

describe.each(testDatabases())('durable timers on $name', (target) => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  beforeAll(async () => {
    db = await target.create();
    engine = new WorkflowEngine(db.db, registry());
  });
  afterAll(async () => db.close());

  async function submitted(deadlineMs: number) {
    const { instanceId } = await engine.start({ kind: 'review', entityId: 'E1', input: { title: 't', deadlineMs }, actor: editor });
    await engine.send({ instanceId, event: { type: 'SUBMIT' }, actor: editor });
    return instanceId;
  }

  it('mirrors the delayed transition as a pending row, and cancels it when the state is left', async () => {
    const id = await submitted(60_000);
    let timers = await getTimers(db.db, id);
    expect(timers).toHaveLength(1);
    expect(timers[0]).toMatchObject({ status: 'pending', timer_key: 'xstate.after.deadline.review.submitted' });
    const submittedAt = (await getEvents(db.db, id))[1]!.created_at;
    expect(new Date(timers[0]!.due_at).getTime() - new Date(submittedAt).getTime()).toBe(60_000);
    await engine.send({ instanceId: id, event: { type: 'REOPEN' }, actor: reviewer });
    timers = await getTimers(db.db, id);
    expect(timers.map((t) => t.status)).toEqual(['cancelled']);
    expect(await new TimerScheduler(engine).fireDue(later(120_000))).toBe(0);
    expect((await getInstance(db.db, id))!.state).toBe('open');
  });

  it('fires a due timer exactly once through the send path, audited as the system', async () => {
    const id = await submitted(1_000);
    const scheduler = new TimerScheduler(engine);
    expect(await scheduler.fireDue(later(-60_000))).toBe(0); // not due yet
    expect(await scheduler.fireDue(later(2_000))).toBe(1);
    expect(await scheduler.fireDue(later(3_000))).toBe(0);
    expect((await getInstance(db.db, id))!.state).toBe('expired');
    const events = await getEvents(db.db, id);
    expect(events.at(-1)).toMatchObject({ event_type: 'xstate.after.deadline.review.submitted', actor_label: 'system', actor_id: null });
    expect((await getTimers(db.db, id)).map((t) => t.status)).toEqual(['fired']);
  });

  it('marks a timer stale, firing nothing, when its state was left without a cancel', async () => {
    const id = await submitted(1_000);
    await engine.send({ instanceId: id, event: { type: 'APPROVE' }, actor: reviewer });
    // approved is final: XState cancels on exit, so forge a leftover row as a crashed older version might have.
    await db.db
      .insertInto('workflow_timers')
      .values({
        instance_id: id,
        timer_key: 'legacy',
        event: JSON.stringify({ type: 'xstate.after.deadline.review.submitted' }),
        due_at: new Date(),
        status: 'pending',
        fired_at: null,
      })
      .execute();
    expect(await new TimerScheduler(engine).fireDue(later(5_000))).toBe(1);
    expect((await getInstance(db.db, id))!.state).toBe('approved');
    expect((await getTimers(db.db, id)).find((t) => t.timer_key === 'legacy')!.status).toBe('stale');
  });
});

describe('a timer that fell due while the server was stopped', () => {
  // The clock stands still at t0 while the instance is started; after the "restart" it reads
  // the deadline or later, so nothing has to sleep for the timer to come due.
  const t0 = new Date('2026-03-01T08:00:00.000Z');
  const at = (ms: number) => () => new Date(t0.getTime() + ms);

  it('fires once on the first tick after restart on the embedded database (same data folder)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tamayuz-restart-'));
    try {
      // The run's migrated template, unpacked into a folder this test owns.
      let handle: DatabaseHandle = await connectDatabase({
        driver: 'pglite',
        dataDir: dir,
        loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]),
      });
      await migrateToLatest(handle.db, allMigrations);
      const first = new WorkflowEngine(handle.db, registry(), at(0));
      const { instanceId } = await first.start({ kind: 'review', entityId: 'E1', input: { title: 't', deadlineMs: 50 }, actor: editor });
      await first.send({ instanceId, event: { type: 'SUBMIT' }, actor: editor });
      await handle.close(); // the process stops before the deadline
      handle = await connectDatabase({ driver: 'pglite', dataDir: dir });
      await migrateToLatest(handle.db, allMigrations);
      // Restarted 49 ms after submission: one tick fires nothing yet.
      const early = new TimerScheduler(new WorkflowEngine(handle.db, registry(), at(49)));
      early.start();
      await early.stop(); // start() ticks at once; stop() waits for that tick
      expect((await getInstance(handle.db, instanceId))!.state).toBe('submitted');
      // Restarted after the deadline: the first tick fires it, a second one finds nothing.
      const scheduler = new TimerScheduler(new WorkflowEngine(handle.db, registry(), at(120)));
      scheduler.start();
      await scheduler.stop();
      expect((await getInstance(handle.db, instanceId))!.state).toBe('expired');
      expect(await scheduler.fireDue()).toBe(0);
      const events = await getEvents(handle.db, instanceId);
      // Replayed as of its due time, not the time of the restart.
      expect(events.at(-1)).toMatchObject({ event_type: 'xstate.after.deadline.review.submitted', actor_label: 'system' });
      expect(new Date(events.at(-1)!.created_at).getTime()).toBe(t0.getTime() + 50);
      await handle.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const server = postgresDatabase();
  it.runIf(server)('fires once after restart on the server, and once only with two schedulers racing', async () => {
    const db = await server!.create();
    try {
      const first = new WorkflowEngine(db.db, registry(), at(0));
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) {
        const { instanceId } = await first.start({
          kind: 'review',
          entityId: 'E1',
          input: { title: `t${i}`, deadlineMs: 50 },
          actor: editor,
        });
        await first.send({ instanceId, event: { type: 'SUBMIT' }, actor: editor });
        ids.push(instanceId);
      }
      // Two fresh "processes": separate pools, separate engines, whose clocks read after the deadline.
      const a = await connectDatabase({ driver: 'postgres', url: db.url! });
      const b = await connectDatabase({ driver: 'postgres', url: db.url! });
      try {
        const [firedA, firedB] = await Promise.all([
          new TimerScheduler(new WorkflowEngine(a.db, registry(), at(120))).fireDue(),
          new TimerScheduler(new WorkflowEngine(b.db, registry(), at(120))).fireDue(),
        ]);
        expect(firedA + firedB).toBe(30);
        for (const id of ids) {
          const events = await getEvents(db.db, id);
          expect(events.filter((e) => e.event_type.startsWith('xstate.after.')).length).toBe(1);
          expect((await getInstance(db.db, id))!.state).toBe('expired');
        }
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await db.close();
    }
  });
});
