import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { improvementActionWorkflow } from '../../api/improvement/action-workflow-effects.ts';
import { actionWorkflow } from '../../workflows/improvement/action-workflow.ts';
import { createActionPlan } from '../../api/improvement/action-plans.ts';
import { createAction } from '../../api/improvement/create-action.ts';
import { inboxQuery } from '../../api/notifications/inbox.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';

const coordinator: Actor = { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' };
const manager: Actor = { id: 'usr-pm', label: 'pm', roles: ['programme_manager'], entityId: 'ent-gdb' };
const day = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-03-01T08:00:00Z');
const plus = (days: number) => new Date(t0.getTime() + days * day);

describe.each(testDatabases())('due-date reminders on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;
  let planId: string;

  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: true });
    planId = (await createActionPlan(db, { entityId: 'ent-moi', title: 'Reminder plan', origin: 'manual' }, t0)).id;
  });
  afterAll(() => handle.close());

  const kinds = async (userId: string, actionId: string) =>
    (await inboxQuery(db, userId).where('link', '=', `/actions/${actionId}`).execute()).map((n) => [n.kind, n.params.dueAt ?? null]);

  it('reminds owner and coordinator three days before the due date, and again for an extended date', async () => {
    const engine = new WorkflowEngine(handle.db, productRegistry(), () => t0);
    const dueAt = plus(10).toISOString();
    // The owner is another MOI user, so both the owner and the coordinator hear it.
    const { id } = await createAction(
      { engine, db },
      { planId, entityId: 'ent-moi', ownerId: 'usr-assessor3', title: 'Kiosk rollout', dueAt },
      coordinator,
    );
    const version = await db.selectFrom('workflow_instances').select('machine_version').where('id', '=', id).executeTakeFirstOrThrow();
    expect(version.machine_version).toBe(2);
    await engine.send({ instanceId: id, event: { type: 'APPROVE' }, actor: manager });
    // Reminder at due (t0 + 10 d) minus 3 d = t0 + 7 d.
    const timers = await db
      .selectFrom('workflow_timers')
      .select(['due_at'])
      .where('instance_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    expect(timers.map((t) => new Date(t.due_at).toISOString())).toEqual([plus(7).toISOString()]);

    const scheduler = new TimerScheduler(new WorkflowEngine(handle.db, productRegistry()));
    expect(await scheduler.fireDue(plus(6.9))).toBe(0);
    expect(await kinds('usr-assessor3', id)).toEqual([]);
    expect(await scheduler.fireDue(plus(7.5))).toBe(1);
    expect(await kinds('usr-assessor3', id)).toEqual([['improvement.notices.dueSoon', dueAt]]);
    expect(await kinds('usr-coord-moi', id)).toEqual([['improvement.notices.dueSoon', dueAt]]);
    // Stamped at its own due moment, t0 + 7 d.
    const [notice] = await inboxQuery(db, 'usr-assessor3').where('link', '=', `/actions/${id}`).execute();
    expect(new Date(notice!.created_at).toISOString()).toBe(plus(7).toISOString());
    let row = await db.selectFrom('actions').select(['escalation_level']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.escalation_level).toBe(0);

    // Extended at t0 + 8 d to t0 + 20 d: the due timer (t0 + 10 d) gives way to a reminder at t0 + 17 d.
    const later = new WorkflowEngine(handle.db, productRegistry(), () => plus(8));
    const newDue = plus(20).toISOString();
    await later.send({ instanceId: id, event: { type: 'EXTEND_DUE', dueAt: newDue, reason: 'Vendor delay' }, actor: manager });
    expect(await scheduler.fireDue(plus(16.9))).toBe(0);
    expect(await scheduler.fireDue(plus(17))).toBe(1);
    expect(await kinds('usr-assessor3', id)).toEqual([
      ['improvement.notices.dueSoon', newDue],
      ['improvement.notices.dueSoon', dueAt],
    ]);
    // Then the deadline itself still escalates at t0 + 20 d.
    expect(await scheduler.fireDue(plus(20))).toBe(1);
    row = await db.selectFrom('actions').select(['escalation_level']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.escalation_level).toBe(1);
  });

  it('sends no reminder when approved inside the reminder window', async () => {
    const engine = new WorkflowEngine(handle.db, productRegistry(), () => t0);
    const dueAt = plus(2).toISOString();
    const { id } = await createAction(
      { engine, db },
      { planId, entityId: 'ent-moi', ownerId: 'usr-coord-moi', title: 'Close call', dueAt },
      coordinator,
    );
    await engine.send({ instanceId: id, event: { type: 'APPROVE' }, actor: manager });
    // Only the due timer (t0 + 2 d): the reminder moment t0 - 1 d had passed.
    const timers = await db
      .selectFrom('workflow_timers')
      .select(['due_at'])
      .where('instance_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    expect(timers.map((t) => new Date(t.due_at).toISOString())).toEqual([dueAt]);
    expect(await kinds('usr-coord-moi', id)).toEqual([]);
  });

  it('keeps running an action started on version 1: no reminder, the deadline still escalates', async () => {
    const v1Only = new WorkflowRegistry().register(improvementActionWorkflow(actionWorkflow));
    const old = new WorkflowEngine(handle.db, v1Only, () => t0);
    const dueAt = plus(10).toISOString();
    const { id } = await createAction(
      { engine: old, db },
      { planId, entityId: 'ent-moi', ownerId: 'usr-coord-moi', title: 'Old action', dueAt },
      coordinator,
    );
    // The product (both versions registered) now drives it.
    const engine = new WorkflowEngine(handle.db, productRegistry(), () => t0);
    await engine.send({ instanceId: id, event: { type: 'APPROVE' }, actor: manager });
    const instance = await db
      .selectFrom('workflow_instances')
      .select(['machine_version', 'state'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(instance.machine_version).toBe(1);
    const timers = await db
      .selectFrom('workflow_timers')
      .select(['due_at'])
      .where('instance_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    expect(timers.map((t) => new Date(t.due_at).toISOString())).toEqual([dueAt]);
    const scheduler = new TimerScheduler(new WorkflowEngine(handle.db, productRegistry()));
    // Other tests' timers fall due too; this action's one timer is what matters.
    await scheduler.fireDue(plus(10));
    const rows = await db
      .selectFrom('workflow_timers')
      .select(['status', 'due_at'])
      .where('instance_id', '=', id)
      .orderBy('due_at')
      .execute();
    // The due timer fired; level two waits at due + the default 7 d = t0 + 17 d.
    expect(rows.map((t) => [t.status, new Date(t.due_at).toISOString()])).toEqual([
      ['fired', dueAt],
      ['pending', plus(17).toISOString()],
    ]);
    expect(await kinds('usr-coord-moi', id)).toEqual([['improvement.escalation.level1', dueAt]]);
  });
});
