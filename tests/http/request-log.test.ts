import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { capturedLogger, type LogLine } from './captured-logger.ts';

describe.each(testDatabases())('request log on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  const log = capturedLogger('info');
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db, { logger: log.logger });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  /** The request line for an answer: written when the answer ends, so poll briefly for it. */
  async function lineFor(res: Response): Promise<LogLine> {
    const id = res.headers.get('x-request-id');
    expect(id).toBeTruthy();
    for (let i = 0; i < 200; i++) {
      const line = log.lines.find((l) => l.msg === 'request' && l.reqId === id);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no log line for request ${id}`);
  }

  it('writes one JSON line per request: id, procedure, user, status, duration; no secrets', async () => {
    const password = 'coord-demo-2026';
    const login = await fetch(`${running.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
      body: JSON.stringify({ username: 'coord.moi', password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const token = cookie.split('=')[1]!;
    const loginLine = await lineFor(login);
    expect(loginLine).toMatchObject({ method: 'POST', route: 'trpc', procedure: 'auth.login', status: 200, userId: null });

    const me = await fetch(`${running.url}/trpc/auth.me`, { headers: { cookie } });
    const user = ((await me.json()) as { result: { data: { id: string } } }).result.data;
    const meLine = await lineFor(me);
    expect(meLine).toMatchObject({ method: 'GET', route: 'trpc', procedure: 'auth.me', status: 200, userId: user.id });
    expect(typeof meLine.durationMs).toBe('number');
    expect(meLine.durationMs as number).toBeGreaterThanOrEqual(0);

    const refused = await fetch(`${running.url}/trpc/entities.list`);
    expect(await lineFor(refused)).toMatchObject({ procedure: 'entities.list', status: 401, userId: null });
    const batch = await fetch(`${running.url}/trpc/auth.me,entities.list?batch=1&input=%7B%7D`, { headers: { cookie } });
    expect(await lineFor(batch)).toMatchObject({ procedure: 'auth.me,entities.list', userId: user.id });
    const page = await fetch(`${running.url}/join/SECRET-INVITE-CODE`);
    expect(await lineFor(page)).toMatchObject({ route: 'static', status: 404 });

    const text = log.text();
    for (const secret of [password, token, 'SECRET-INVITE-CODE', 'tamayuz_session']) expect(text).not.toContain(secret);
  });

  it('keeps a plain request id given by a proxy and replaces one that is not', async () => {
    const given = await fetch(`${running.url}/healthz`, { headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(given.headers.get('x-request-id')).toBe('lb-1234.abc');
    expect(await lineFor(given)).toMatchObject({ route: 'health', status: 200 });
    const odd = await fetch(`${running.url}/healthz`, { headers: { 'x-request-id': 'a b <script>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
