import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { createActionPlan } from '../../api/improvement/action-plans.ts';
import { createAction } from '../../api/improvement/create-action.ts';
import { inboxQuery } from '../../api/notifications/inbox.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';

const coordinator: Actor = { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' };
const manager: Actor = { id: 'usr-pm', label: 'pm', roles: ['programme_manager'], entityId: 'ent-gdb' };
const hour = 60 * 60 * 1000;

describe.each(testDatabases())('escalation after a restart on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;

  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: true });
  });
  afterAll(() => handle.close());

  it('fires level 1 then level 2 from timers that fell due while no scheduler ran, and the inboxes show both', async () => {
    const t0 = new Date('2026-03-01T08:00:00Z');
    // The first process: creates and approves the action, then goes away without a scheduler.
    const before = new WorkflowEngine(handle.db, productRegistry(), () => t0);
    const plan = await createActionPlan(db, { entityId: 'ent-moi', title: 'Passport wait times', origin: 'manual' }, t0);
    const dueAt = new Date(t0.getTime() + 24 * hour);
    const { id } = await createAction(
      { engine: before, db },
      {
        planId: plan.id,
        entityId: 'ent-moi',
        ownerId: 'usr-coord-moi',
        title: 'Queue system',
        dueAt: dueAt.toISOString(),
        levelTwoAfterMs: 48 * hour,
      },
      coordinator,
    );
    await before.send({ instanceId: id, event: { type: 'APPROVE' }, actor: manager });
    const timers = await db.selectFrom('workflow_timers').select(['due_at', 'status']).where('instance_id', '=', id).execute();
    expect(timers.map((t) => [new Date(t.due_at).toISOString(), t.status])).toEqual([[dueAt.toISOString(), 'pending']]);

    // A fresh process three days later (t0 + 72 h): due date t0+24 h and level two at due + 48 h = t0+72 h have both passed.
    const after = new WorkflowEngine(handle.db, productRegistry());
    const scheduler = new TimerScheduler(after);
    expect(await scheduler.fireDue(new Date(t0.getTime() + 30 * hour))).toBe(1);
    let row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.escalation_level).toBe(1);
    let coordInbox = await inboxQuery(db, 'usr-coord-moi').execute();
    expect(coordInbox.map((n) => n.kind)).toEqual(['improvement.escalation.level1']);
    expect(await inboxQuery(db, 'usr-pm').execute()).toEqual([]);

    expect(await scheduler.fireDue(new Date(t0.getTime() + 73 * hour))).toBe(1);
    row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.escalation_level).toBe(2);
    expect(row.status).toBe('approved');
    coordInbox = await inboxQuery(db, 'usr-coord-moi').execute();
    expect(coordInbox.map((n) => n.kind).sort()).toEqual(['improvement.escalation.level1', 'improvement.escalation.level2']);
    const pmInbox = await inboxQuery(db, 'usr-pm').execute();
    expect(pmInbox.map((n) => [n.kind, n.link])).toEqual([['improvement.escalation.level2', `/actions/${id}`]]);
    // Level two is stamped with its own due moment (t0 + 72 h), not the wall clock.
    expect(new Date(pmInbox[0]!.created_at).toISOString()).toBe(new Date(t0.getTime() + 72 * hour).toISOString());
    // No other coordinator hears of it.
    expect(await inboxQuery(db, 'usr-coord-moh').execute()).toEqual([]);
  });
});
