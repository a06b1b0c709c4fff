import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../engine/db/connect.ts';
import { isConnectionError } from '../../engine/db/connection-errors.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import { getInstance } from '../../engine/workflow/read-models.ts';
import { watchInstance } from '../../engine/workflow/watch.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb } from '../../api/db/schema.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { refusal } from '../support/api-client.ts';
import { findPostgresBin, startThrowawayCluster, type ThrowawayCluster } from '../support/postgres-cluster.ts';
import { postgresSkippedBanner } from '../support/postgres-skipped-banner.ts';
import { reviewWorkflow } from '../engine/fixtures/review-workflow.ts';
import { startApiProcess, type ApiProcess } from './support/api-process.ts';
import { auditTrail, runWriters, signInBoth, startedActions, type Signed } from './support/progress-writers.ts';
import { waitFor } from './support/wait-for.ts';

const editor: Actor = { id: 'u-editor', label: 'editor', roles: ['editor'], entityId: 'E1' };
const hasServer = findPostgresBin() !== null;
if (!hasServer) console.warn(postgresSkippedBanner('no PostgreSQL server binaries: the database-restart fault tests did not run'));

/**
 * PostgreSQL restarting under the product. These tests restart and stop the server, so they run
 * on their OWN throwaway cluster: the run's shared cluster serves other test files meanwhile.
 */
describe.runIf(hasServer)('riding out a PostgreSQL restart', () => {
  let cluster: ThrowawayCluster;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    const started = await startThrowawayCluster();
    if (!started) throw new Error('PostgreSQL binaries vanished');
    cluster = started;
    handle = await connectDatabase({ driver: 'postgres', url: cluster.url, connectTimeoutMs: 5_000 });
    await migrateToLatest(handle.db, allMigrations);
    await loadSeeds(productDb(handle.db), { demoUsers: true });
  });
  afterAll(async () => {
    await handle?.close();
    await cluster?.stop();
  });

  it('keeps one process alive through pg_ctl restart: pool, open transaction, watchers and timers all recover', async () => {
    const engine = new WorkflowEngine(handle.db, new WorkflowRegistry().register(reviewWorkflow(1)));
    const { instanceId } = await engine.start({ kind: 'review', entityId: 'E1', input: { title: 'restart' }, actor: editor });
    // Two watchers: one relies on the LISTEN connection coming back (no polling to speak of), the
    // other polls and so reads while the server is down.
    const stop = new AbortController();
    const seenByListener: number[] = [];
    const seenByPoller: number[] = [];
    const follow = async (into: number[], pollMs: number) => {
      for await (const e of watchInstance(handle.db, handle.notifications, instanceId, {
        signal: stop.signal,
        pollMs,
        outageRetry: { firstDelayMs: 50, maxDelayMs: 500 },
      }))
        into.push(e.seq);
    };
    const watching = [follow(seenByListener, 600_000), follow(seenByPoller, 100)];
    await waitFor('both watchers to replay the start', () => seenByListener.length === 1 && seenByPoller.length === 1);

    let schedulerErrors = 0;
    const scheduler = new TimerScheduler(engine, { intervalMs: 100, onError: () => schedulerErrors++ });
    scheduler.start();
    // Idle pooled connections, and one checked out in a transaction between two statements.
    await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(handle.db)));
    let finishTransaction!: () => void;
    const held = handle.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      await new Promise<void>((resolve) => (finishTransaction = resolve));
      await sql`select 1`.execute(trx);
    });
    await waitFor('the transaction to be open', () => finishTransaction !== undefined);

    await cluster.restart('fast');

    // The transaction's connection is gone: it fails as a connection error (a 503 to a user), not a crash.
    finishTransaction();
    const lost = await held.then(
      () => null,
      (err: unknown) => err,
    );
    expect(isConnectionError(lost)).toBe(true);

    // Writes succeed again through fresh connections; the watchers catch up, each event once.
    for (let i = 0; i < 3; i++) await engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: editor });
    await waitFor('the listening watcher to catch up', () => seenByListener.length >= 4, 30_000);
    await waitFor('the polling watcher to catch up', () => seenByPoller.length >= 4, 30_000);
    expect(seenByListener).toEqual([1, 2, 3, 4]);
    expect(seenByPoller).toEqual([1, 2, 3, 4]);

    // The timer loop kept ticking through the outage: a timer armed now still fires.
    const { instanceId: timed } = await engine.start({
      kind: 'review',
      entityId: 'E1',
      input: { title: 'timer', deadlineMs: 200 },
      actor: editor,
    });
    await engine.send({ instanceId: timed, event: { type: 'SUBMIT' }, actor: editor });
    await waitFor('the timer to fire after the restart', async () => (await getInstance(handle.db, timed))?.state === 'expired', 30_000);

    stop.abort();
    await Promise.all(watching);
    await scheduler.stop();
    console.log(`[faults] in-process restart: scheduler ticks that failed during the outage: ${schedulerErrors}`);
  });

  describe('an API process', () => {
    let api: ApiProcess;
    let signed: Signed;
    let actions: string[];

    beforeAll(async () => {
      api = await startApiProcess(cluster.url);
      signed = await signInBoth(api.url);
      actions = await startedActions(signed, 4);
    });
    afterAll(async () => {
      await api?.stop();
    });

    it('answers 503 errors.unavailable while the database is down, and serves again once it is back', async () => {
      await cluster.stopServer('fast');
      try {
        const startedAt = performance.now();
        const refused = await refusal(
          signed.coordinator.actions.send.mutate({ id: actions[0]!, type: 'UPDATE_PROGRESS', payload: { progress: 1 } }),
        );
        const tookMs = performance.now() - startedAt;
        expect(refused).toEqual({ code: 'SERVICE_UNAVAILABLE', messageKey: 'errors.unavailable' });
        // A signed-in read fails in the session lookup already; same answer.
        expect(await refusal(signed.pm.auth.me.query())).toEqual({ code: 'SERVICE_UNAVAILABLE', messageKey: 'errors.unavailable' });
        console.log(`[faults] a write during the outage was refused with 503 after ${tookMs.toFixed(0)} ms`);
      } finally {
        await cluster.startServer();
      }
      const r = await waitFor('a write to succeed again', () =>
        signed.coordinator.actions.send
          .mutate({ id: actions[0]!, type: 'UPDATE_PROGRESS', payload: { progress: 2 } })
          .catch(() => undefined),
      );
      expect(r.state).toContain('in_progress');
      expect(api.isRunning()).toBe(true);
    });

    it('survives pg_ctl restart under 16 concurrent writers, recovers by itself, and its SSE watcher sees every event once', async () => {
      const watched = actions[1]!;
      const streamed: number[] = [];
      const sub = signed.pm.workflows.watch.subscribe({ id: watched }, { onData: (e) => streamed.push(Number(e.id)) });
      const writers = runWriters(api.url, signed.coordinatorCookie, actions, 16);
      try {
        await waitFor('load before the restart', () => writers.acks.length >= 50, 30_000);
        const restartAt = performance.now();
        await cluster.restart('fast');
        const upAt = performance.now();
        // Recovered: a report sent after the server is back has been acknowledged.
        const firstAck = await waitFor(
          'a write acknowledged after the restart',
          () => writers.acks.find((a) => a.startedAt >= upAt),
          30_000,
        );
        const acksBefore = writers.acks.length;
        await waitFor('more load after the recovery', () => writers.acks.length >= acksBefore + 50, 30_000);
        await writers.stop();

        const duringOutage = writers.failures.filter((f) => f.endedAt >= restartAt);
        const audit = await auditTrail(productDb(handle.db), actions, writers.acks);
        const lastSeq = Number((await getInstance(handle.db, watched))!.version);
        await waitFor('the SSE watcher to catch up', () => streamed.length >= lastSeq, 30_000);

        console.log(
          `[faults] PostgreSQL restart under load: pg_ctl restart took ${(upAt - restartAt).toFixed(0)} ms; ` +
            `the API acknowledged a write ${(firstAck.endedAt - restartAt).toFixed(0)} ms after the restart command ` +
            `(${(firstAck.endedAt - upAt).toFixed(0)} ms after the server was back). ` +
            `Acknowledged ${audit.acknowledged}, found ${audit.found}, duplicates ${audit.duplicates.length}, gaps ${audit.gaps.length}, ` +
            `committed but unacknowledged ${audit.committedUnacknowledged}; refused during the outage: ${duringOutage.length} ` +
            `(${[...new Set(duringOutage.map((f) => `${f.httpStatus} ${f.messageKey}`))].join(', ')}); SSE events ${streamed.length}/${lastSeq}`,
        );
        expect(api.isRunning()).toBe(true);
        expect(audit.missing).toEqual([]);
        expect(audit.duplicates).toEqual([]);
        expect(audit.gaps).toEqual([]);
        // Every refusal was the translated outage answer, none a 500.
        expect(duringOutage.filter((f) => f.httpStatus !== 503 || f.messageKey !== 'errors.unavailable')).toEqual([]);
        expect(streamed).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
      } finally {
        await writers.stop();
        sub.unsubscribe();
      }
      expect(api.stderr()).not.toMatch(/uncaught|unhandled/i);
    });
  });
});
