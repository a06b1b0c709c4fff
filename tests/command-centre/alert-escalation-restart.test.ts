import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { inboxQuery } from '../../api/notifications/inbox.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { ingestTicketEvents } from '../../api/command-centre/ingest.ts';
import { addThreshold } from '../../api/command-centre/threshold-store.ts';
import { checkThresholds } from '../../api/command-centre/threshold-check.ts';
import { raiseAlertAsGap } from '../../api/command-centre/alert-gap.ts';
import { getGap } from '../../api/improvement/gap-store.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { ticketEvents } from './ticket-fixture.ts';

const minute = 60_000;
const supervisor: Actor = { id: 'usr-supervisor-moi', label: 'supervisor.moi', roles: ['centre_supervisor'], entityId: 'ent-moi' };
const kinds = async (db: DB, user: string) => (await inboxQuery(db, user).execute()).map((n) => n.kind).sort();

describe.each(testDatabases())('a command-centre target breach alerts, then escalates after a restart, on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;

  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: true });
    // People with an address get each notice by mail too.
    for (const id of ['usr-supervisor-moi', 'usr-ambassador-moi', 'usr-pm'])
      await db
        .updateTable('users')
        .set({ email: `${id}@example.gov` })
        .where('id', '=', id)
        .execute();
  }, 120_000);
  afterAll(() => handle.close());

  it('waits the sustain time, alerts the supervisor and the quality ambassador, escalates from a durable timer in a new process, becomes a gap, resolves', async () => {
    const t0 = new Date('2026-03-04T10:00:00Z');
    const at = (m: number) => new Date(t0.getTime() + m * minute);
    // The first process.
    let clock = t0;
    const first = new WorkflowEngine(handle.db, productRegistry(), () => clock);
    await addThreshold(
      db,
      {
        scope: { kind: 'centre', centreCode: 'MOI-C01' },
        metric: 'average_wait',
        window: 'last60',
        comparison: 'above',
        target: 15,
        sustainMinutes: 10,
        escalateAfterMinutes: 30,
      },
      'usr-pm',
      t0,
    );
    // Two customers called after 20 and 24 minutes: the last hour's average wait is 22.
    const events = [
      ...ticketEvents('MOI-C01', 'T1', { issued: '2026-03-04T09:38:00Z', called: '2026-03-04T09:58:00Z' }, 'C1'),
      ...ticketEvents('MOI-C01', 'T2', { issued: '2026-03-04T09:35:00Z', called: '2026-03-04T09:59:00Z' }, 'C2'),
    ];
    expect((await ingestTicketEvents(db, events as never, { entityId: 'ent-moi', mode: 'refuse', at: t0 })).status).toBe('written');

    expect(await checkThresholds({ db, engine: first }, t0)).toEqual({ raised: [], resolved: [] });
    clock = at(9);
    expect((await checkThresholds({ db, engine: first }, at(9))).raised).toEqual([]);
    clock = at(10);
    const { raised } = await checkThresholds({ db, engine: first }, at(10));
    expect(raised).toHaveLength(1);
    const alertId = raised[0]!;
    // Still out of target a minute later: no second alert.
    clock = at(11);
    expect((await checkThresholds({ db, engine: first }, at(11))).raised).toEqual([]);

    let alert = await db.selectFrom('centre_alerts').selectAll().where('id', '=', alertId).executeTakeFirstOrThrow();
    expect(alert).toMatchObject({ status: 'open', level: 1, entity_id: 'ent-moi', centre_code: 'MOI-C01', metric: 'average_wait' });
    expect(Number(alert.value)).toBe(22);
    expect(await kinds(db, 'usr-supervisor-moi')).toEqual(['commandCentre.notices.alertRaised']);
    expect(await kinds(db, 'usr-ambassador-moi')).toEqual(['commandCentre.notices.alertRaised']);
    expect(await kinds(db, 'usr-pm')).toEqual([]);
    expect(await kinds(db, 'usr-coord-moi')).toEqual([]);
    const mails = await db.selectFrom('mail_outbox').select(['recipient_user_id', 'template']).execute();
    expect(mails.map((m) => m.recipient_user_id).sort()).toEqual(['usr-ambassador-moi', 'usr-supervisor-moi']);
    const timers = await db.selectFrom('workflow_timers').select(['due_at', 'status']).where('instance_id', '=', alertId).execute();
    expect(timers.map((t) => [new Date(t.due_at).toISOString(), t.status])).toEqual([[at(40).toISOString(), 'pending']]);

    // The first process goes away. A new one starts an hour later; the timer fell due meanwhile.
    const second = new WorkflowEngine(handle.db, productRegistry(), () => at(70));
    const scheduler = new TimerScheduler(second);
    expect(await scheduler.fireDue(at(39))).toBe(0);
    expect(await scheduler.fireDue(at(70))).toBe(1);
    alert = await db.selectFrom('centre_alerts').selectAll().where('id', '=', alertId).executeTakeFirstOrThrow();
    expect(alert).toMatchObject({ status: 'escalated', level: 2 });
    const pmInbox = await inboxQuery(db, 'usr-pm').execute();
    expect(pmInbox.map((n) => [n.kind, n.link])).toEqual([['commandCentre.notices.alertEscalated', `/command-centre/alerts/${alertId}`]]);
    // Stamped with the timer's own due moment, not the restart's clock.
    expect(new Date(pmInbox[0]!.created_at).toISOString()).toBe(at(40).toISOString());
    expect(await kinds(db, 'usr-supervisor-moi')).toEqual(['commandCentre.notices.alertEscalated', 'commandCentre.notices.alertRaised']);

    // One click: the alert becomes a gap on MOI, linked back to it; a second click answers the same gap.
    const gap = await raiseAlertAsGap({ db, engine: second }, alertId, supervisor, at(71));
    expect(await raiseAlertAsGap({ db, engine: second }, alertId, supervisor, at(72))).toEqual(gap);
    const stored = await getGap(db, gap.gapId);
    expect(stored).toMatchObject({ entityId: 'ent-moi', severity: 'high', status: 'open' });
    expect(stored!.sources.map((s) => [s.kind, s.containerId, s.link])).toEqual([
      ['command_centre', alertId, `/command-centre/alerts/${alertId}`],
    ]);
    expect((await db.selectFrom('centre_alerts').select('gap_id').where('id', '=', alertId).executeTakeFirstOrThrow()).gap_id).toBe(
      gap.gapId,
    );

    // Two hours on, the last hour holds no call: nothing to judge, the alert is resolved.
    const { resolved } = await checkThresholds({ db, engine: second }, at(130));
    expect(resolved).toEqual([alertId]);
    alert = await db.selectFrom('centre_alerts').selectAll().where('id', '=', alertId).executeTakeFirstOrThrow();
    expect(alert.status).toBe('resolved');
    expect(
      await db.selectFrom('workflow_timers').select('status').where('instance_id', '=', alertId).where('status', '=', 'pending').execute(),
    ).toEqual([]);
    await Promise.all([first.flushNotices(), second.flushNotices()]);
  });
});
