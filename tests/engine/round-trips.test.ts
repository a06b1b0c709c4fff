import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { getEvents } from '../../engine/workflow/read-models.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { sessionCache } from '../../api/accounts/session-cache.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { countingHandle, type CountingHandle } from '../support/counting-pool.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewVisibility } from './fixtures/review-visibility.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

// Round trips are a server's cost (PGlite runs in this process), so this suite runs on PostgreSQL only.
const ttlMs = sessionCache.ttlMs;
const servers = testDatabases().filter((t) => t.name === 'postgres');

const coordinator: Actor = { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' };
const registry = () =>
  new WorkflowRegistry().register(reviewWorkflow(1, { editor: ['entity_coordinator'], reviewer: ['programme_manager'] }));

describe.each(servers)('round trips per send on $name', (target) => {
  let database: TestDatabase;
  let counted: CountingHandle;
  let running: RunningApp;
  beforeAll(async () => {
    database = await target.create();
    counted = countingHandle(database.url!);
    running = await startTestApp(counted, { registry: registry(), visibility: reviewVisibility() });
  });
  afterAll(async () => {
    await running.close();
    await counted.close();
    await database.close();
  });

  it('costs at most 3 statements per send through the engine, notification included, and audits each', async () => {
    const engine = new WorkflowEngine(counted.db, registry());
    const { instanceId } = await engine.start({ kind: 'review', entityId: 'ent-moi', input: { title: 'Counted' }, actor: coordinator });
    await engine.flushNotices();
    counted.statements.length = 0;
    const sends = 10;
    for (let i = 0; i < sends; i++) await engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: coordinator });
    await engine.flushNotices();
    const perSend = counted.statements.length / sends;
    expect(perSend, counted.statements.join('\n')).toBeLessThanOrEqual(3);
    // Read, write (snapshot + audit row in one statement), and the notification after commit.
    expect(counted.statements.filter((s) => /^\s*select pg_notify/i.test(s)).length).toBeGreaterThan(0);
    expect((await getEvents(counted.db, instanceId)).map((e) => e.seq)).toEqual(Array.from({ length: sends + 1 }, (_, i) => i + 1));
  });

  it('costs at most 3 statements per send through the HTTP API, session and read check included', async () => {
    // However slow this machine is today, the session stays in memory for the whole run.
    sessionCache.ttlMs = 10 * 60_000;
    const client = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    const { instanceId } = await running.app.services.engine.start({
      kind: 'review',
      entityId: 'ent-moi',
      input: { title: 'Counted over HTTP' },
      actor: coordinator,
    });
    // The first call reads the session; later ones find it in memory.
    await client.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 1 } });
    await running.app.services.engine.flushNotices();
    counted.statements.length = 0;
    const sends = 10;
    for (let i = 0; i < sends; i++) await client.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 1 } });
    await running.app.services.engine.flushNotices();
    expect(counted.statements.length / sends, counted.statements.join('\n')).toBeLessThanOrEqual(3);
    expect((await getEvents(counted.db, instanceId)).length).toBe(sends + 2);
    sessionCache.ttlMs = ttlMs;
  });
});
