import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../api/root.ts';
import { signIn } from '../support/api-client.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { rawRequest, type RawResponse } from './raw-http.ts';
import { secretMarker, webFixture, type WebFixture } from './web-fixture.ts';

/**
 * Property-based fuzzing of the HTTP layer against the real server: generated paths, cookies, headers
 * and bodies. Whatever arrives: an answer below 500, a 4xx carries a message key, no file outside the
 * web folder is ever served, and the server still answers /healthz afterwards.
 */

const pathRuns = Number(process.env.FUZZ_PATH_RUNS ?? 150);
const requestRuns = Number(process.env.FUZZ_REQUEST_RUNS ?? 125);

const procedures = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures,
).map(([path, p]) => ({ path, type: p._def.type }));
const queries = procedures.filter((p) => p.type === 'query').map((p) => p.path);

/** Message keys of an error body: one object, or one per call of a batch. */
function messageKeys(res: RawResponse): string[] {
  const parsed = JSON.parse(res.body) as unknown;
  const items = (Array.isArray(parsed) ? parsed : [parsed]) as { error?: { data?: { messageKey?: unknown } } }[];
  return items.filter((i) => i.error).map((i) => String(i.error?.data?.messageKey));
}

function checkAnswer(res: RawResponse, label: string): void {
  expect(res.status, label).toBeLessThan(500);
  expect(res.body, label).not.toContain(secretMarker);
  expect(res.headers['x-content-type-options'], label).toBe('nosniff');
  if (res.status >= 400 && res.body.length > 0) {
    expect(res.headers['content-type'], label).toMatch(/^application\/json/);
    const keys = messageKeys(res);
    expect(keys.length, label).toBeGreaterThan(0);
    for (const key of keys) expect(key, label).toMatch(/^errors\./);
  }
}

// ---- generators ------------------------------------------------------------------------------

/** Path pieces a traversal or decoding bug would trip on, plus arbitrary text, raw or %-encoded. */
const tricky = fc.constantFrom(
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2f',
  '%2F',
  '%5c',
  '\\',
  '%00',
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%ff',
  '%zz',
  'web-secret',
  'secret.txt',
  'assets',
  'app.js',
  'index.html',
  'trpc',
  'healthz',
  'readyz',
  '',
  '//',
  '%252e%252e',
);
const unicodeText = fc.string({ unit: 'binary', maxLength: 6 });
const segment = fc.oneof(
  { weight: 4, arbitrary: tricky },
  { weight: 1, arbitrary: unicodeText.map((s) => encodeURIComponent(s)) },
  { weight: 1, arbitrary: unicodeText.map((s) => s.replace(/[\s\r\n]/g, '')) },
  { weight: 1, arbitrary: fc.webSegment() },
);
const separator = fc.constantFrom('/', '/', '/', '%2f', '%5c');
const path = fc
  .tuple(
    fc.constantFrom('/', '/', '/assets/', '/trpc/', '/..%2f'),
    fc.array(fc.tuple(segment, separator), { maxLength: 6 }),
    fc.option(fc.webQueryParameters()),
  )
  .map(
    ([start, parts, query]) =>
      start +
      parts
        .map(([s, sep]) => s + sep)
        .join('')
        .replace(/[/]$/, '') +
      (query ? `?${query}` : ''),
  );

const procedurePath = fc.oneof(
  fc.constantFrom(...procedures.map((p) => p.path)),
  fc.array(fc.constantFrom(...procedures.map((p) => p.path)), { minLength: 2, maxLength: 3 }).map((ps) => ps.join(',')),
  segment,
);

/** JSON-ish bodies: tRPC-shaped, arbitrary JSON, text with NULs and odd characters, and oversized ones. */
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({ username: fc.string({ unit: 'binary', maxLength: 40 }), password: fc.string({ unit: 'binary', maxLength: 40 }) })
    .map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom('0', '1', '2'), fc.jsonValue()).map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '{', '{"0":', 'null', '[]', '\u0000', '{"username":"a\\u0000","password":"b"}', '"\\ud800"'),
  // Around the 16 KiB anonymous cap; kept as a size so a failure report stays short.
  fc.integer({ min: 15 * 1024, max: 20 * 1024 }).map((oversized) => ({ oversized })),
);

const bodyText = (b: string | { oversized: number }) =>
  typeof b === 'string' ? b : JSON.stringify({ username: 'x', password: 'y'.repeat(b.oversized) });

type CookieKind = 'none' | 'random' | 'malformed' | 'valid' | 'valid+junk';
const cookie = fc.tuple(
  fc.constantFrom<CookieKind>('none', 'random', 'malformed', 'valid', 'valid+junk'),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/[\r\n\0]/g, '')),
);

/** Header names and values that stay inside HTTP's grammar, and some that do not. */
const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
const headerValue = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')),
  fc.constantFrom('%E0%A4%A', '../..', 'a\u0000b', ''),
);
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 3 });
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  null,
);

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'HEAD', 'PUT', 'OPTIONS'),
  target: fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(procedurePath, fc.option(fc.constantFrom('batch=1', 'batch=1&input=%7B%7D', 'input=%7B%220%22%3Anull%7D', 'input=%')))
        .map(([p, q]) => `/trpc/${p}${q ? `?${q}` : ''}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('/healthz', '/readyz', '/') },
    { weight: 1, arbitrary: path },
  ),
  cookie,
  csrf: fc.boolean(),
  contentType,
  headers,
  body,
  chunked: fc.boolean(),
});

// ---- the runs ------------------------------------------------------------------------------------

function compose(r: RequestCase, session: string): Buffer {
  const lines = [`${r.method} ${r.target} HTTP/1.1`, 'Host: localhost', 'Connection: close'];
  const [kind, junk] = r.cookie;
  const cookieHeader = {
    none: null,
    random: `tamayuz_session=${junk}`,
    malformed: 'tamayuz_session=%E0%A4%A',
    valid: session,
    'valid+junk': `${junk.replace(/[;]/g, '')}=%E0; ${session}`,
  }[kind];
  if (cookieHeader !== null) lines.push(`Cookie: ${cookieHeader}`);
  if (r.csrf) lines.push('x-tamayuz-csrf: 1');
  if (r.contentType) lines.push(`Content-Type: ${r.contentType}`);
  for (const [k, v] of Object.entries(r.headers)) lines.push(`${k}: ${v}`);
  const payload = Buffer.from(r.method === 'GET' || r.method === 'HEAD' ? '' : bodyText(r.body), 'utf8');
  if (r.chunked && payload.length > 0) {
    lines.push('Transfer-Encoding: chunked');
    return Buffer.concat([
      Buffer.from(`${lines.join('\r\n')}\r\n\r\n${payload.length.toString(16)}\r\n`),
      payload,
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
  }
  lines.push(`Content-Length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), payload]);
}

type RequestCase = typeof request extends fc.Arbitrary<infer T> ? T : never;

async function stillUp(url: string) {
  const res = await fetch(`${url}/healthz`);
  expect(res.status).toBe(200);
}

describe('HTTP fuzzing: paths against the static web folder', () => {
  const pglite = testDatabases().find((t) => t.name === 'pglite')!;
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

  it(`answers ${pathRuns} generated paths below 500 and never serves a file outside the web folder`, async () => {
    await fc.assert(
      fc.asyncProperty(path, fc.constantFrom('GET', 'HEAD'), async (p, method) => {
        const res = await rawRequest(
          running.url,
          Buffer.from(`${method} ${p} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, 'utf8'),
        );
        checkAnswer(res, `${method} ${p}`);
        if (res.status === 200 && method === 'GET' && !p.startsWith('/trpc/') && !/^\/(healthz|readyz)(\?|$)/.test(p)) {
          expect(
            ['fixture app', 'fixture asset'].some((text) => res.body.includes(text)),
            p,
          ).toBe(true);
        }
      }),
      { numRuns: pathRuns },
    );
    await stillUp(running.url);
  });
});

describe.each(testDatabases())('HTTP fuzzing: cookies, headers and bodies on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let session: string;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    // A participant: signed in, but with little to write, so generated calls exercise parsing and refusal.
    session = await signIn(running.url, 'participant', 'participant-demo-2026');
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it(`answers ${requestRuns} generated requests below 500, with a message key on every refusal`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const res = await rawRequest(running.url, compose(r, session));
        checkAnswer(res, `${r.method} ${r.target} cookie=${r.cookie[0]} body=${JSON.stringify(bodyText(r.body).slice(0, 80))}`);
      }),
      { numRuns: requestRuns },
    );
    await stillUp(running.url);
  });

  it('answers every query a signed-in user can name, with generated input, below 500', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfff', '%', "'; drop table users; --", ''),
    );
    const input = fc.oneof(
      fc.jsonValue(),
      fc.record({ id: text }),
      fc.record({ id: text, cycleId: text, entityId: text, code: text }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...queries), input, async (procedure, value) => {
        const target = `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(value))}`;
        const res = await rawRequest(
          running.url,
          Buffer.from(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nCookie: ${session}\r\nConnection: close\r\n\r\n`),
        );
        checkAnswer(res, `GET ${procedure} ${JSON.stringify(value)}`);
      }),
      { numRuns: Number(process.env.FUZZ_QUERY_RUNS ?? 40) },
    );
  });
});
