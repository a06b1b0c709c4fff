import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';

const open: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

describe.each(testDatabases())('database target $name', (target) => {
  const create = async () => {
    const handle = await target.create();
    open.push(handle);
    return handle;
  };

  it('comes migrated: the engine tables exist', async () => {
    const { db } = await create();
    const rows = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' order by table_name`.execute(db);
    const tables = rows.rows.map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(['workflow_events', 'workflow_instances', 'workflow_timers']));
  });

  it('round-trips int8, numeric, jsonb and timestamptz to the same JavaScript values on every driver', async () => {
    const { db, driver } = await create();
    expect(driver).toBe(target.name);
    const before = Date.now();
    const result = await sql<{ a: unknown; big: unknown; b: unknown; n: unknown; c: unknown; d: unknown; t: unknown }>`
      select 1::int8 as a,
             9007199254740991::int8 as big,
             2.5::numeric as b,
             count(*) as n,
             '{"x":[1],"ar":"تميّز"}'::jsonb as c,
             now() as d,
             '2026-03-01T10:30:00.250Z'::timestamptz as t
      from (values (1), (2), (3)) as v(i)`.execute(db);
    const row = result.rows[0];
    // count(*) over the three VALUES rows is an int8 3; 2^53 - 1 is the largest int8 a double holds exactly.
    expect(row).toEqual({
      a: 1,
      big: 9007199254740991,
      b: 2.5,
      n: 3,
      c: { x: [1], ar: 'تميّز' },
      d: expect.any(Date),
      t: new Date(Date.UTC(2026, 2, 1, 10, 30, 0, 250)),
    });
    const now = (row!.d as Date).getTime();
    // The server clock and ours agree to within the query's duration (plus a little slack).
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('gives every create() its own database', async () => {
    const first = await create();
    const second = await create();
    await first.db
      .insertInto('workflow_instances')
      .values({ id: 'i-1', kind: 'probe', machine_version: 1, state: 'open', snapshot: JSON.stringify({}), version: 1 })
      .execute();
    const inFirst = await first.db.selectFrom('workflow_instances').select('id').execute();
    const inSecond = await second.db.selectFrom('workflow_instances').select('id').execute();
    expect(inFirst).toEqual([{ id: 'i-1' }]);
    expect(inSecond).toEqual([]);
    if (target.name === 'postgres') {
      expect(first.url).not.toBe(second.url);
      const names = await Promise.all(
        [first, second].map(async (h) => (await sql<{ name: string }>`select current_database() as name`.execute(h.db)).rows[0]?.name),
      );
      expect(names[0]).toMatch(/^t_[0-9a-f]{16}$/);
      expect(names[1]).toMatch(/^t_[0-9a-f]{16}$/);
      expect(names[0]).not.toBe(names[1]);
    } else {
      expect(first.url).toBeNull();
    }
  });

  it.runIf(target.name === 'postgres')('drops the server database on close()', async () => {
    const handle = await target.create();
    const name = new URL(handle.url ?? '').pathname.slice(1);
    await handle.close();
    const admin = new pg.Client({ connectionString: inject('postgresUrl') ?? '' });
    await admin.connect();
    try {
      const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
      expect(found.rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
