import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';

describe.each(testDatabases())('health probes on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db, { seed: false });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const probe = async (path: string) => {
    const res = await fetch(`${running.url}${path}`);
    return { status: res.status, body: (await res.json()) as { status: string }, cache: res.headers.get('cache-control') };
  };

  it('/healthz answers 200 while the process runs; /readyz 200 when the database is migrated', async () => {
    expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok' }, cache: 'no-store' });
    expect(await probe('/readyz')).toEqual({ status: 200, body: { status: 'ready' }, cache: 'no-store' });
  });

  it('/readyz answers 503 while a migration this build knows is not applied', async () => {
    const last = await sql<{
      name: string;
      timestamp: string;
    }>`select name, timestamp from kysely_migration order by name desc limit 1`.execute(db.db);
    const row = last.rows[0]!;
    await sql`delete from kysely_migration where name = ${row.name}`.execute(db.db);
    try {
      expect(await probe('/readyz')).toMatchObject({ status: 503, body: { status: 'migrations-pending' } });
      expect((await probe('/healthz')).status).toBe(200);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(db.db);
    }
    expect((await probe('/readyz')).status).toBe(200);
  });

  it('/readyz answers 503 once the database is gone, while /healthz still answers', async () => {
    const spare = await target.create();
    const other = await startTestApp(spare, { seed: false });
    try {
      await spare.close();
      const res = await fetch(`${other.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'database-unavailable' });
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
