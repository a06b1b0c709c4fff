import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { rawGet } from './raw-http.ts';
import { secretMarker, webFixture, type WebFixture } from './web-fixture.ts';

// Serving files involves no database; the embedded one is enough to start the server.
const pglite = testDatabases().find((t) => t.name === 'pglite')!;

describe('static files', () => {
  let db: TestDatabase;
  let web: WebFixture;
  let running: RunningApp;
  beforeAll(async () => {
    db = await pglite.create();
    web = webFixture();
    // A link inside the web folder pointing outside it must not be followed either.
    symlinkSync(join(web.webDir, '..', 'web-secret', 'secret.txt'), join(web.webDir, 'assets', 'linked.txt'));
    running = await startTestApp(db, { staticDir: web.webDir, seed: false });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
    web?.close();
  });

  it('answers 400 with a message key to a path that does not decode, and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/%zz', '/assets/%E0%A4%A.js', '/%C0%AF', '/a%00b']) {
      const res = await rawGet(running.url, path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body).error.data.messageKey, path).toBe('errors.badRequest');
    }
    expect((await rawGet(running.url, '/healthz')).status).toBe(200);
  });

  it('never serves a file beside or above the web folder', async () => {
    const attempts = [
      '/..%2fweb-secret%2fsecret.txt',
      '/..%2Fweb-secret%2Fsecret.txt',
      '/%2e%2e%2fweb-secret%2fsecret.txt',
      '/assets/..%2f..%2fweb-secret%2fsecret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/assets/linked.txt',
      '/../web-secret/secret.txt',
    ];
    for (const path of attempts) {
      const res = await rawGet(running.url, path);
      expect(res.body, path).not.toContain(secretMarker);
      expect(res.body, path).not.toMatch(/root:.*:0:0:/);
      expect(res.status, path).toBeLessThan(500);
    }
    // The sibling-prefix case the old startsWith(root) check let through: refused outright.
    expect((await rawGet(running.url, '/..%2fweb-secret%2fsecret.txt')).status).toBe(404);
  });

  it('serves the app, its assets, and index.html for client-side routes', async () => {
    const asset = await rawGet(running.url, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.body).toContain('fixture asset');
    for (const path of ['/', '/workshops/abc', '/join/CODE123', '/assets/..%2findex.html']) {
      const page = await rawGet(running.url, path);
      expect(page.status, path).toBe(200);
      expect(page.body, path).toContain('fixture app');
      expect(page.headers['cache-control'], path).toBe('no-cache');
    }
  });
});
