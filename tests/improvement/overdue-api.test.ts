import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { createActionPlan } from '../../api/improvement/action-plans.ts';
import { createAction } from '../../api/improvement/create-action.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';

const coordinator: Actor = { id: 'usr-coord-moh', label: 'coord.moh', roles: ['entity_coordinator'], entityId: 'ent-moh' };
const manager: Actor = { id: 'usr-pm', label: 'pm', roles: ['programme_manager'], entityId: 'ent-gdb' };
const day = 24 * 60 * 60 * 1000;

/**
 * One meaning of "overdue" everywhere: an open action past its due moment. The actions
 * list, the plan's count and the leadership dashboard agree, before the escalation timer
 * has run (no scheduler here) and after it.
 */
describe.each(testDatabases())('overdue actions on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let planId: string;
  const ids: Record<'late' | 'onTime' | 'draftLate' | 'cancelledLate', string> = { late: '', onTime: '', draftLate: '', cancelledLate: '' };

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    // Created and approved ten days ago, so the deadline timers are armed but none has fired.
    const past = new Date(Date.now() - 10 * day);
    const engine = new WorkflowEngine(handle.db, productRegistry(), () => past);
    const db = running.db;
    planId = (await createActionPlan(db, { entityId: 'ent-moh', title: 'Clinic waits', origin: 'manual' }, past)).id;
    const action = async (title: string, dueInDays: number) =>
      (
        await createAction(
          { engine, db },
          { planId, entityId: 'ent-moh', ownerId: 'usr-coord-moh', title, dueAt: new Date(Date.now() + dueInDays * day).toISOString() },
          coordinator,
        )
      ).id;
    ids.late = await action('Booking app', -1);
    ids.onTime = await action('Queue screens', 10);
    ids.draftLate = await action('Not yet approved', -1);
    ids.cancelledLate = await action('Dropped', -1);
    for (const id of [ids.late, ids.onTime, ids.cancelledLate])
      await engine.send({ instanceId: id, event: { type: 'APPROVE' }, actor: manager });
    await engine.send({ instanceId: ids.cancelledLate, event: { type: 'CANCEL', reason: 'merged into another plan' }, actor: manager });
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  const overdueEverywhere = async () => {
    const listed = await pm.actions.list.query({ entityId: 'ent-moh', overdueOnly: true, limit: 100, offset: 0 });
    const plan = (await pm.actions.plans.query({ entityId: 'ent-moh' })).find((p) => p.id === planId);
    const dashboard = await pm.dashboard.summary.query({});
    return {
      listed: listed.map((a) => [a.id, a.escalation_level]),
      planCount: plan?.overdue,
      dashboard: dashboard.overdueByEntity.map((o) => [o.entityId, o.count]),
    };
  };

  it('counts an open action past its due date as overdue before the escalation timer runs', async () => {
    expect(await overdueEverywhere()).toEqual({ listed: [[ids.late, 0]], planCount: 1, dashboard: [['ent-moh', 1]] });
  });

  it('still counts it once after the timer escalates it', async () => {
    const scheduler = new TimerScheduler(new WorkflowEngine(handle.db, productRegistry()));
    expect(await scheduler.fireDue(new Date())).toBeGreaterThan(0);
    expect(await overdueEverywhere()).toEqual({ listed: [[ids.late, 1]], planCount: 1, dashboard: [['ent-moh', 1]] });
  });
});
