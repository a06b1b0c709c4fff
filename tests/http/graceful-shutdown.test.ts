import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import { getTimers } from '../../engine/workflow/read-models.ts';
import { signIn } from '../support/api-client.ts';
import { startTestApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from '../engine/fixtures/review-workflow.ts';
import { capturedLogger } from './captured-logger.ts';
import { parseResponse } from './raw-http.ts';

/** A raw connection whose bytes the test sends piece by piece; `answer` resolves when the server closes it. */
function openConnection(url: string): Promise<{ socket: Socket; answer: Promise<Buffer>; received: () => Buffer }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    const answer = new Promise<Buffer>((done) => socket.on('close', () => done(Buffer.concat(chunks))));
    socket.once('error', reject);
    socket.once('connect', () => resolve({ socket, answer, received: () => Buffer.concat(chunks) }));
  });
}

const loginBody = JSON.stringify({ username: 'pm', password: 'pm-demo-2026' });
const loginHead = `POST /trpc/auth.login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-tamayuz-csrf: 1\r\nContent-Length: ${Buffer.byteLength(loginBody)}\r\n\r\n`;

describe.each(testDatabases())('graceful shutdown on $name', (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await target.create();
  });
  afterAll(async () => db?.close());

  it('lets a request in flight when close() starts finish with its answer, and accepts no new connections', async () => {
    const running = await startTestApp(db);
    const arrived = new Promise((resolve) => running.app.server.once('request', resolve));
    const conn = await openConnection(running.url);
    conn.socket.write(loginHead + loginBody.slice(0, 10));
    await arrived;

    const closing = running.close();
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    conn.socket.write(loginBody.slice(10));
    const response = parseResponse(await conn.answer);
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']).toMatch(/^tamayuz_session=/);
    expect(response.headers.connection).toBe('close');
    await closing;
  });

  it('gives up on a request that never completes once the grace period is over', async () => {
    const log = capturedLogger('warn');
    const running = await startTestApp(db, { seed: false, logger: log.logger, shutdownGraceMs: 200 });
    const arrived = new Promise((resolve) => running.app.server.once('request', resolve));
    const conn = await openConnection(running.url);
    conn.socket.write(loginHead + loginBody.slice(0, 10)); // and never the rest
    await arrived;
    await running.close();
    await conn.answer; // the connection was closed by the server
    expect(log.lines.some((l) => l.msg?.includes('grace period over'))).toBe(true);
  });

  it('ends live event streams at once instead of waiting the grace period out', async () => {
    const log = capturedLogger('warn');
    const registry = new WorkflowRegistry().register(reviewWorkflow(1));
    const running = await startTestApp(db, { registry, seed: false, logger: log.logger, shutdownGraceMs: 10 * 60_000 });
    const pm = await running.db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['users.id', 'user_roles.entity_id'])
      .where('username', '=', 'pm')
      .executeTakeFirstOrThrow();
    const editor: Actor = { id: pm.id, label: 'pm', roles: ['editor'], entityId: pm.entity_id };
    const { instanceId } = await running.app.services.engine.start({
      kind: 'review',
      entityId: pm.entity_id,
      input: { title: 't' },
      actor: editor,
    });
    const cookie = await signIn(running.url, 'pm', 'pm-demo-2026');
    const conn = await openConnection(running.url);
    const input = encodeURIComponent(JSON.stringify({ id: instanceId }));
    conn.socket.write(
      `GET /trpc/workflows.watch?input=${input} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nCookie: ${cookie}\r\n\r\n`,
    );
    for (let i = 0; i < 400 && !conn.received().toString().includes('text/event-stream'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(conn.received().toString()).toContain('text/event-stream');
    await running.close();
    await conn.answer;
    expect(log.lines.filter((l) => l.msg?.includes('grace period over'))).toEqual([]);
  });

  it('stops the timer scheduler after the timer it is firing: that one commits, the rest stay claimable', async () => {
    const registry = new WorkflowRegistry().register(reviewWorkflow(1));
    const editor: Actor = { id: 'u-editor', label: 'editor', roles: ['editor'], entityId: 'E1' };
    const plain = new WorkflowEngine(db.db, registry);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { instanceId } = await plain.start({ kind: 'review', entityId: 'E1', input: { title: `t${i}`, deadlineMs: 1 }, actor: editor });
      await plain.send({ instanceId, event: { type: 'SUBMIT' }, actor: editor });
      ids.push(instanceId);
    }
    // Holds the first timer's transaction open until the test has asked the scheduler to stop.
    let reached!: () => void;
    const firing = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    class GatedEngine extends WorkflowEngine {
      override async send(...args: Parameters<WorkflowEngine['send']>) {
        reached();
        await gate;
        return super.send(...args);
      }
    }
    const scheduler = new TimerScheduler(new GatedEngine(db.db, registry), { intervalMs: 60 * 60_000 });
    // Due a minute ago, by any clock.
    await db.db
      .updateTable('workflow_timers')
      .set({ due_at: new Date(Date.now() - 60_000) })
      .where('instance_id', 'in', ids)
      .execute();
    scheduler.start();
    await firing;
    const stopped = scheduler.stop();
    release();
    await stopped;

    const statuses = async () => (await Promise.all(ids.map((id) => getTimers(db.db, id)))).flat().map((t) => t.status);
    expect((await statuses()).sort()).toEqual(['fired', 'pending', 'pending']);
    // Nothing is left locked: another scheduler (another process) takes the rest at once.
    expect(await new TimerScheduler(plain).fireDue()).toBe(2);
    expect(await statuses()).toEqual(['fired', 'fired', 'fired']);
  });
});
