import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { importCxRows } from '../../api/cx/import-rows.ts';
import { readImportJob } from '../../api/cx/import-jobs.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { loadSeeds } from '../../seeds/loader.ts';

/**
 * The import writes one batch while it validates the next. A batch the database refuses
 * while the next one is read (here a trigger, standing in for any server-side failure)
 * must still fail the whole import, leave nothing written and reach the caller: never an
 * unhandled rejection, never a commit of the batches around it.
 */
describe.each(testDatabases())('CX import with one batch in flight on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;
  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: false });
    await sql`create function refuse_marked_complaint() returns trigger language plpgsql as $$
      begin
        if new.category = 'refused_by_server' then raise exception 'the server refused this row'; end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger refuse_marked_complaint before insert on cx_complaints
      for each row execute function refuse_marked_complaint()`.execute(db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const complaint = (i: number, category = 'fees') => ({
    service_code: 'MOI-CR-001',
    channel: 'counter',
    date: '2026-09-01',
    category,
    text: `Complaint ${i}`,
  });
  const count = async () => Number((await sql<{ n: number }>`select count(*)::int as n from cx_complaints`.execute(db)).rows[0]!.n);

  it('fails whole, writing nothing, when the server refuses a batch while the next is being validated', async () => {
    const read: number[] = [];
    async function* rows() {
      for (let i = 0; i < 8; i++) {
        read.push(i);
        // Row 3 sits in the second batch of two; batches three and four follow it.
        yield complaint(i, i === 3 ? 'refused_by_server' : 'fees');
      }
    }
    const importId = randomUUID();
    await expect(
      importCxRows(db, rows(), { kind: 'complaints', mode: 'refuse', source: 'api', userId: null, at: new Date(), batchSize: 2, importId }),
    ).rejects.toThrow(/the server refused this row/);
    expect(await count()).toBe(0);
    expect(await db.selectFrom('cx_imports').select('id').where('id', '=', importId).executeTakeFirst()).toBeUndefined();
    expect((await readImportJob(db, importId))?.status).toBe('failed');
  });

  it('writes every batch when none is refused, the last one included', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => complaint(i));
    const result = await importCxRows(db, rows, {
      kind: 'complaints',
      mode: 'refuse',
      source: 'api',
      userId: null,
      at: new Date(),
      batchSize: 2,
    });
    expect(result).toMatchObject({ status: 'imported', importedRows: 7, totalRows: 7 });
    expect(await count()).toBe(7);
  });
});
