import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, postgresDatabase, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { reviewWorkflow } from '../engine/fixtures/review-workflow.ts';
import { reviewVisibility } from '../engine/fixtures/review-visibility.ts';

const registry = () =>
  new WorkflowRegistry().register(reviewWorkflow(1, { editor: ['entity_coordinator'], reviewer: ['programme_manager'] }));

describe.each(testDatabases())('workflow API on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let moi: ApiClient;
  let moh: ApiClient;
  let pm: ApiClient;
  let instanceId: string;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db, { registry: registry(), visibility: reviewVisibility() });
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    moh = apiClient(running.url, await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    const started = await running.app.services.engine.start({
      kind: 'review',
      entityId: 'ent-moi',
      input: { title: 'MOI self-assessment' },
      actor: { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' },
    });
    instanceId = started.instanceId;
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('lets the owning entity send events and offers only what its role and state allow', async () => {
    const view = await moi.workflows.get.query({ id: instanceId });
    expect(view).toMatchObject({ state: 'open', entityId: 'ent-moi', version: 1 });
    expect(view.availableEvents.sort()).toEqual(['INCREMENT', 'SUBMIT']);
    await moi.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 3 } });
    const pmView = await pm.workflows.get.query({ id: instanceId });
    expect(pmView.availableEvents).toEqual([]); // the reviewer's events are not accepted in `open`
    const history = await pm.workflows.history.query({ id: instanceId });
    expect(history.map((e) => [e.seq, e.type, e.actorLabel])).toEqual([
      [1, 'xstate.init', 'coord.moi'],
      [2, 'INCREMENT', 'coord.moi'],
    ]);
  });

  it('hides another entity’s instances from an entity coordinator, in list, get, history and watch', async () => {
    const list = await moh.workflows.list.query({});
    expect(list.items.map((i) => i.id)).not.toContain(instanceId);
    expect((await moi.workflows.list.query({})).items.map((i) => i.id)).toContain(instanceId);
    for (const attempt of [
      () => moh.workflows.get.query({ id: instanceId }),
      () => moh.workflows.history.query({ id: instanceId }),
      () => moh.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 1 } }),
    ]) {
      expect(await refusal(attempt())).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    }
    const watchError = new Promise<unknown>((resolve, reject) => {
      const sub = moh.workflows.watch.subscribe(
        { id: instanceId },
        {
          onData: () => reject(new Error('data leaked')),
          onError: (e) => {
            sub.unsubscribe();
            resolve(e);
          },
        },
      );
    });
    expect(await refusal(Promise.reject(await watchError))).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
  });

  it('refuses with translatable keys: wrong role, state that does not accept, bad payload, timer events', async () => {
    const before = await pm.workflows.get.query({ id: instanceId });
    expect(await refusal(moi.workflows.send.mutate({ id: instanceId, type: 'APPROVE', payload: {} }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.workflow.FORBIDDEN',
    });
    expect(await refusal(pm.workflows.send.mutate({ id: instanceId, type: 'REOPEN', payload: {} }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workflow.EVENT_NOT_ACCEPTED',
    });
    expect(await refusal(moi.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 0 } }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.workflow.INVALID_PAYLOAD',
    });
    expect(
      await refusal(pm.workflows.send.mutate({ id: instanceId, type: 'xstate.after.deadline.review.submitted', payload: {} })),
    ).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
    expect(await pm.workflows.get.query({ id: instanceId })).toEqual(before);
  });

  it('streams events to a watcher and resumes after the last id without loss or duplicates', async () => {
    const seen: number[] = [];
    const sub = pm.workflows.watch.subscribe({ id: instanceId }, { onData: (e) => seen.push(e.data.seq) });
    await waitFor(() => seen.length >= 2);
    await moi.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 1 } });
    await waitFor(() => seen.includes(3));
    sub.unsubscribe();
    // Offline: two more events happen.
    await moi.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 1 } });
    await moi.workflows.send.mutate({ id: instanceId, type: 'SUBMIT', payload: {} });
    const resumed: number[] = [];
    const again = pm.workflows.watch.subscribe({ id: instanceId, lastEventId: '3' }, { onData: (e) => resumed.push(e.data.seq) });
    await waitFor(() => resumed.length >= 2);
    again.unsubscribe();
    expect(seen).toEqual([1, 2, 3]);
    expect(resumed).toEqual([4, 5]);
  });
});

const server = postgresDatabase();
describe.runIf(server)('live updates across API processes (PostgreSQL server)', () => {
  it('a watcher on process B is told through NOTIFY of an event sent through process A', async () => {
    const db = await server!.create();
    // Two processes share nothing but the database: separate pools, LISTEN clients, engines, servers.
    const second = await connectDatabase({ driver: 'postgres', url: db.url! });
    const a = await startTestApp(db, { registry: registry(), visibility: reviewVisibility() });
    // B's streams never re-read on their own (no fallback poll): only a notification can bring news.
    const b = await startTestApp(second, { registry: registry(), visibility: reviewVisibility(), seed: false, watchPollMs: null });
    try {
      const viaA = apiClient(a.url, await signIn(a.url, 'coord.moi', 'coord-demo-2026'));
      const viaB = apiClient(b.url, await signIn(b.url, 'pm', 'pm-demo-2026'));
      const { instanceId } = await a.app.services.engine.start({
        kind: 'review',
        entityId: 'ent-moi',
        input: { title: 'cross-process' },
        actor: { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' },
      });
      const seen: number[] = [];
      const sub = viaB.workflows.watch.subscribe({ id: instanceId }, { onData: (e) => seen.push(e.data.seq) });
      await waitFor(() => seen.includes(1));
      await viaA.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 2 } });
      await waitFor(() => seen.includes(2));
      sub.unsubscribe();
      expect(seen).toEqual([1, 2]);
    } finally {
      await b.close();
      await a.close();
      await second.close();
      await db.close();
    }
  });
});

/** Polls for a condition; the limit is generous because the machine is shared, and is no latency bound. */
async function waitFor(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
