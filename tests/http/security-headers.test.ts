import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { rawGet, rawRequest, type RawResponse } from './raw-http.ts';
import { webFixture, type WebFixture } from './web-fixture.ts';

// Headers do not depend on the database; the embedded one starts the server.
const pglite = testDatabases().find((t) => t.name === 'pglite')!;

function expectSecurityHeaders(res: RawResponse, what: string) {
  const csp = res.headers['content-security-policy'] ?? '';
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).not.toContain('unsafe-inline');
  expect(csp, what).not.toContain('unsafe-eval');
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

describe('security headers', () => {
  let db: TestDatabase;
  let web: WebFixture;
  let running: RunningApp;
  beforeAll(async () => {
    db = await pglite.create();
    web = webFixture();
    running = await startTestApp(db, { staticDir: web.webDir, seed: false });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
    web?.close();
  });

  it('are on every answer: pages, assets, probes, errors and malformed requests', async () => {
    const answers: [string, RawResponse][] = [
      ['page', await rawGet(running.url, '/')],
      ['client route', await rawGet(running.url, '/workshops/1')],
      ['asset', await rawGet(running.url, '/assets/app.js')],
      ['healthz', await rawGet(running.url, '/healthz')],
      ['readyz', await rawGet(running.url, '/readyz')],
      ['undecodable path', await rawGet(running.url, '/%')],
      ['not found', await rawRequest(running.url, 'DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')],
      ['malformed', await rawRequest(running.url, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n')],
    ];
    for (const [what, res] of answers) expectSecurityHeaders(res, what);
  });

  it('mark every /trpc answer no-store and nosniff, successes and refusals alike', async () => {
    const answers: [string, RawResponse][] = [
      ['query', await rawGet(running.url, '/trpc/auth.me')],
      ['unauthorized', await rawGet(running.url, '/trpc/entities.list')],
      ['unknown procedure', await rawGet(running.url, '/trpc/nope')],
      ['bad path', await rawGet(running.url, '/trpc/%E0?batch=1')],
      [
        'wrong method',
        await rawRequest(running.url, 'PUT /trpc/auth.login HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
      ],
      [
        'csrf',
        await rawRequest(running.url, 'POST /trpc/auth.logout HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'),
      ],
      [
        'too large',
        await rawRequest(
          running.url,
          'POST /trpc/auth.login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nx-tamayuz-csrf: 1\r\nContent-Length: 99999999\r\n\r\n',
        ),
      ],
    ];
    for (const [what, res] of answers) {
      expectSecurityHeaders(res, what);
      expect(res.headers['cache-control'], what).toBe('no-store');
      expect(res.headers['content-type'], what).toMatch(/^application\/json/);
    }
  });
});
