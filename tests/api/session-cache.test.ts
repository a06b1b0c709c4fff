import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sessionCache } from '../../api/accounts/session-cache.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn } from '../support/api-client.ts';

/** Polls until `check` holds; generous, since only the database's announcement can make it hold. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe.each(testDatabases())('sessions held in memory on $name', (target) => {
  let database: TestDatabase;
  let running: RunningApp;
  /** SQL run as another process would: its own connection on a server, the one connection in PGlite. */
  let elsewhere: (statement: string, params: unknown[]) => Promise<void>;
  let other: pg.Client | null = null;
  const ttlMs = sessionCache.ttlMs;
  beforeAll(async () => {
    database = await target.create();
    running = await startTestApp(database);
    // Only an announcement may end a cached session in these tests, never its age.
    sessionCache.ttlMs = 10 * 60_000;
    if (database.url) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      other = client;
      elsewhere = async (statement, params) => void (await client.query(statement, params));
    } else {
      elsewhere = async (statement, params) => void (await database.embedded!.query(statement, params));
    }
  });
  afterAll(async () => {
    sessionCache.ttlMs = ttlMs;
    await other?.end();
    await running.close();
    await database.close();
  });

  const me = (cookie: string) => apiClient(running.url, cookie).auth.me.query();

  it('ends a cached session deleted by another process', async () => {
    const cookie = await signIn(running.url, 'pm', 'pm-demo-2026');
    expect(await me(cookie)).not.toBeNull();
    // Held in memory on a server; the embedded database has no round trip to save and is always asked.
    if (target.name === 'postgres') expect(sessionCache.size).toBeGreaterThan(0);
    else expect(sessionCache.size).toBe(0);
    await elsewhere(`delete from sessions where user_id = (select id from users where username = $1)`, ['pm']);
    expect(await eventually(async () => (await me(cookie)) === null)).toBe(true);
  });

  it('ends a cached session when another process changes the account’s grants (the user_roles trigger), and shows a changed locale', async () => {
    const leader = await signIn(running.url, 'leader', 'leader-demo-2026');
    const admin = await signIn(running.url, 'admin', 'admin-demo-2026');
    expect(await me(leader)).toMatchObject({ grants: [{ role: 'leadership', entityId: null }] });
    expect(await me(admin)).toMatchObject({ locale: 'ar' });
    await elsewhere(`update user_roles set role = 'assessor' where user_id = (select id from users where username = $1)`, ['leader']);
    await elsewhere(`update users set locale = 'en' where username = $1`, ['admin']);
    expect(await eventually(async () => (await me(leader)) === null)).toBe(true);
    expect(await eventually(async () => (await me(admin))?.locale === 'en')).toBe(true);
  });
});
