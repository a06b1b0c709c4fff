import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/api-client.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { rawGet, rawRequest } from './raw-http.ts';

const messageKeyOf = (body: string): string | undefined => {
  const parsed = JSON.parse(body) as { error?: { data?: { messageKey?: string } } } | { error?: { data?: { messageKey?: string } } }[];
  return (Array.isArray(parsed) ? parsed[0] : parsed)?.error?.data?.messageKey;
};

describe.each(testDatabases())('bad requests get a 4xx, never a 500, on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('treats a session cookie that does not decode as no session', async () => {
    for (const cookie of ['tamayuz_session=%E0%A4%A', 'tamayuz_session=%', 'a=1; tamayuz_session=%zz; b=2']) {
      const res = await rawGet(running.url, '/trpc/auth.me', { Cookie: cookie });
      expect(res.status, cookie).toBe(200);
      expect(JSON.parse(res.body), cookie).toEqual({ result: { data: null } });
      const refused = await rawGet(running.url, '/trpc/entities.list', { Cookie: cookie });
      expect(refused.status, cookie).toBe(401);
      expect(messageKeyOf(refused.body)).toBe('errors.unauthorized');
    }
  });

  it('still reads a good session cookie next to a malformed cookie of someone else', async () => {
    const session = await signIn(running.url, 'pm', 'pm-demo-2026');
    const res = await rawGet(running.url, '/trpc/auth.me', { Cookie: `tracker=%E0%A4%A; ${session}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).result.data.username).toBe('pm');
  });

  it('answers 400 to a /trpc path that does not decode or a Host tRPC cannot read', async () => {
    for (const [path, headers] of [
      ['/trpc/%E0%A4%A?batch=1&input=%7B%7D', {}],
      ['/trpc/auth.me,%?batch=1', {}],
      ['/trpc/auth.me', { Host: 'bad host[' }],
    ] as const) {
      const res = await rawGet(running.url, path, headers);
      expect(res.status, path).toBe(400);
      expect(messageKeyOf(res.body), path).toBe('errors.badRequest');
    }
    // An unknown procedure is a plain 404 with its key, as before.
    const unknown = await rawGet(running.url, '/trpc/nope.nothing');
    expect(unknown.status).toBe(404);
    expect(messageKeyOf(unknown.body)).toBe('errors.notFound');
  });

  it('refuses input carrying a NUL character (PostgreSQL text cannot hold one) with the invalid-character key and its path', async () => {
    const session = await signIn(running.url, 'pm', 'pm-demo-2026');
    const query = await rawGet(running.url, `/trpc/entities.get?input=${encodeURIComponent(JSON.stringify({ id: 'ent\u0000moi' }))}`, {
      Cookie: session,
    });
    expect(query.status).toBe(400);
    expect(JSON.parse(query.body).error.data).toMatchObject({ messageKey: 'errors.text.invalidCharacter', params: { path: 'id' } });
    const login = await fetch(`${running.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
      body: JSON.stringify({ username: 'pm\u0000', password: 'x' }),
    });
    expect(login.status).toBe(400);
    expect(((await login.json()) as { error: { data: { messageKey: string } } }).error.data.messageKey).toBe(
      'errors.text.invalidCharacter',
    );
    // The same text written as an escaped backslash is just text, not a NUL.
    const escaped = await fetch(`${running.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
      body: JSON.stringify({ username: 'pm\\u0000', password: 'x' }),
    });
    expect(escaped.status).toBe(401);
  });

  it('answers a wrong method or a body that is not JSON with a 4xx and a message key', async () => {
    for (const request of [
      'PUT /trpc/auth.login HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
      'OPTIONS /trpc/auth.me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'POST /trpc/auth.login HTTP/1.1\r\nHost: x\r\nx-tamayuz-csrf: 1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
      'POST /trpc/auth.login HTTP/1.1\r\nHost: x\r\nx-tamayuz-csrf: 1\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{"a":',
      'GET /trpc/auth.login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GET /trpc/auth.me HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n',
    ]) {
      const res = await rawRequest(running.url, request);
      const line = request.split('\r\n')[0]!;
      if (line.startsWith('GET /trpc/auth.me')) {
        expect(res.status, line).toBe(200);
        continue;
      }
      expect(res.status, line).toBeGreaterThanOrEqual(400);
      expect(res.status, line).toBeLessThan(500);
      expect(res.headers['content-type'], line).toMatch(/^application\/json/);
      expect(messageKeyOf(res.body), line).toBe('errors.badRequest');
    }
  });

  it('answers malformed HTTP with a 400 in the same JSON shape, and keeps serving', async () => {
    const malformed = [
      'GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n',
      'POST /trpc/auth.login HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      'POST /trpc/auth.login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n',
      'GARBAGE\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\n\r\n',
    ];
    for (const request of malformed) {
      const res = await rawRequest(running.url, request);
      expect(res.status, JSON.stringify(request)).toBe(400);
      expect(messageKeyOf(res.body)).toBe('errors.badRequest');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const huge = await rawRequest(running.url, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(huge.status).toBe(431);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});
