import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { reviewVisibility } from '../engine/fixtures/review-visibility.ts';
import { reviewWorkflow } from '../engine/fixtures/review-workflow.ts';
import { signIn } from '../support/api-client.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';

const registry = () =>
  new WorkflowRegistry().register(reviewWorkflow(1, { editor: ['entity_coordinator'], reviewer: ['programme_manager'] }));

interface Answer {
  status: number;
  body: string;
  /** The headers a client reads; framing (length or chunks) is compared apart. */
  headers: Record<string, string | null>;
  framing: 'length' | 'chunked' | 'none';
}

const compared = ['content-type', 'vary', 'cache-control', 'set-cookie', 'x-content-type-options', 'content-security-policy'];

async function post(baseUrl: string, path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', ...headers },
    body,
  });
  const framing =
    res.headers.get('content-length') !== null ? 'length' : res.headers.get('transfer-encoding') === 'chunked' ? 'chunked' : 'none';
  return { status: res.status, body: await res.text(), headers: Object.fromEntries(compared.map((h) => [h, res.headers.get(h)])), framing };
}

/**
 * Two servers on one database: one answers a lone mutation straight from its procedure (the
 * default), the other through tRPC's generic HTTP handler. Every answer must be the same bytes,
 * status and headers; only the framing differs (a known length against a chunked stream), which is
 * how these tests know the direct path was taken at all.
 */
describe.each(testDatabases())('a lone tRPC mutation answered directly on $name', (target) => {
  let db: TestDatabase;
  let direct: RunningApp;
  let generic: RunningApp;
  let moi: string;
  let moh: string;

  const start = async () =>
    (
      await direct.app.services.engine.start({
        kind: 'review',
        entityId: 'ent-moi',
        input: { title: 'Direct call' },
        actor: { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' },
      })
    ).instanceId;

  /** The same request to both servers: the answers, direct first. */
  const both = async (path: string, body: string, headers: Record<string, string> = {}) =>
    [await post(direct.url, path, body, headers), await post(generic.url, path, body, headers)] as const;

  beforeAll(async () => {
    db = await target.create();
    direct = await startTestApp(db, { registry: registry(), visibility: reviewVisibility() });
    generic = await startTestApp(db, { registry: registry(), visibility: reviewVisibility(), seed: false, directTrpcCalls: false });
    moi = await signIn(direct.url, 'coord.moi', 'coord-demo-2026');
    moh = await signIn(direct.url, 'coord.moh', 'coord-demo-2026');
  });
  afterAll(async () => {
    await direct?.close();
    await generic?.close();
    await db?.close();
  });

  it('answers a send as tRPC does, alone and as a batch of one', async () => {
    const [a, b] = [await start(), await start()];
    const send = (id: string) => JSON.stringify({ id, type: 'INCREMENT', payload: { by: 2 } });
    const viaDirect = await post(direct.url, '/trpc/workflows.send', send(a), { cookie: moi });
    const viaGeneric = await post(generic.url, '/trpc/workflows.send', send(b), { cookie: moi });
    expect(viaDirect.framing).toBe('length');
    expect(viaGeneric.framing).toBe('chunked');
    expect(viaDirect.status).toBe(200);
    expect(JSON.parse(viaDirect.body)).toEqual({ result: { data: { id: a, seq: 2, version: 2, state: 'open' } } });
    expect({ ...viaDirect, framing: null }).toEqual({ ...viaGeneric, framing: null, body: viaGeneric.body.replace(b, a) });

    const batchDirect = await post(direct.url, '/trpc/workflows.send?batch=1', JSON.stringify({ 0: JSON.parse(send(a)) }), { cookie: moi });
    const batchGeneric = await post(generic.url, '/trpc/workflows.send?batch=1', JSON.stringify({ 0: JSON.parse(send(b)) }), {
      cookie: moi,
    });
    expect(batchDirect.framing).toBe('length');
    expect(JSON.parse(batchDirect.body)).toEqual([{ result: { data: { id: a, seq: 3, version: 3, state: 'open' } } }]);
    expect({ ...batchDirect, framing: null }).toEqual({ ...batchGeneric, framing: null, body: batchGeneric.body.replace(b, a) });
  });

  it('refuses exactly as tRPC does: bad input, no session, unknown or hidden instance, stale version, refused event', async () => {
    const id = await start();
    const cases: [string, string, Record<string, string>][] = [
      ['/trpc/workflows.send', '{}', { cookie: moi }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'INCREMENT', payload: { by: 1 } }), {}],
      ['/trpc/workflows.send', JSON.stringify({ id: 'no-such-instance', type: 'INCREMENT' }), { cookie: moi }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'INCREMENT', payload: { by: 1 } }), { cookie: moh }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'INCREMENT', payload: { by: 1 }, expectedVersion: 7 }), { cookie: moi }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'INCREMENT', payload: { by: 99 } }), { cookie: moi }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'APPROVE' }), { cookie: moi }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'xstate.init' }), { cookie: moi }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'NOT_AN_EVENT' }), { cookie: moi }],
      ['/trpc/workflows.send', JSON.stringify({ id, type: 'INCREMENT', payload: { text: 'a\u0000b' } }), { cookie: moi }],
      ['/trpc/workflows.send?batch=1', JSON.stringify({ 0: { id, type: 'APPROVE' } }), { cookie: moi }],
      ['/trpc/workflows.send?batch=1', JSON.stringify({}), { cookie: moi }],
      ['/trpc/auth.login', JSON.stringify({ username: 'coord.moi', password: 'wrong' }), {}],
    ];
    for (const [path, body, headers] of cases) {
      const [viaDirect, viaGeneric] = await both(path, body, headers);
      expect(viaDirect.framing, `${path} ${body}`).toBe('length');
      expect(viaDirect.status, `${path} ${body}`).toBeGreaterThanOrEqual(400);
      expect({ ...viaDirect, framing: null }, `${path} ${body}`).toEqual({ ...viaGeneric, framing: null });
    }
    // Nothing refused was written: the instance is where it started.
    const [after] = await both('/trpc/workflows.send', JSON.stringify({ id, type: 'INCREMENT', payload: { by: 1 } }), { cookie: moi });
    expect(JSON.parse(after.body).result.data.version).toBe(2);
  });

  it('leaves to tRPC what it does not answer itself: a body that is not JSON, a query by POST, a longer batch, an unknown path', async () => {
    const cases: [string, string][] = [
      ['/trpc/workflows.send', '{"id": '],
      ['/trpc/workflows.list', '{}'],
      ['/trpc/workflows.send,workflows.send?batch=1', JSON.stringify({ 0: {}, 1: {} })],
      ['/trpc/workflows.nothing', '{}'],
      ['/trpc/workflows.send?batch=1', '[1]'],
    ];
    for (const [path, body] of cases) {
      const [viaDirect, viaGeneric] = await both(path, body, { cookie: moi });
      expect(viaDirect.framing, `${path} ${body}`).toBe('chunked');
      expect(viaDirect, `${path} ${body}`).toEqual(viaGeneric);
    }
  });

  it('refuses a session at once after its logout, though the request pipeline looks the session up once', async () => {
    const cookie = await signIn(direct.url, 'coord.moi', 'coord-demo-2026');
    const id = await start();
    const send = JSON.stringify({ id, type: 'INCREMENT', payload: { by: 1 } });
    expect((await post(direct.url, '/trpc/workflows.send', send, { cookie })).status).toBe(200);
    const logout = await post(direct.url, '/trpc/auth.logout', '', { cookie });
    expect(logout.status).toBe(200);
    expect(logout.headers['set-cookie']).toMatch(/Max-Age=0|Expires=/i);
    const refused = await post(direct.url, '/trpc/workflows.send', send, { cookie });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body).error.data.messageKey).toBe('errors.unauthorized');
  });
});
