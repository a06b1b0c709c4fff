import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { importCxRows } from '../../api/cx/import-rows.ts';
import { readImportJob } from '../../api/cx/import-jobs.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { canCopyRows } from '../../engine/db/copy-rows.ts';
import { loadSeeds } from '../../seeds/loader.ts';

/**
 * On a server the import streams each validated batch in with COPY FROM STDIN (PGlite
 * inserts). Whatever text passes validation must be stored exactly as it was sent, and a
 * row the server refuses part way through still leaves nothing behind.
 */
describe.each(testDatabases())('CX import written through COPY on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;
  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: false });
  });
  afterAll(async () => {
    await handle?.close();
  });

  const awkward = [
    'tab\tinside',
    'two\nlines and\r\na crlf',
    'back\\slash, \\N, \\t and \\.',
    '\\N',
    'شكوى بخصوص "الرسوم" و\'الانتظار\' — ١٢٣',
    'quotes "double" \'single\' `back`',
    'ends with a backslash \\',
  ];
  const complaint = (text: string, category = 'fees') => ({
    service_code: 'MOI-CR-001',
    channel: 'counter',
    date: '2026-09-01',
    category,
    text,
  });
  const stored = async (importId: string) =>
    (
      await db
        .selectFrom('cx_complaints')
        .select(['category', 'text'])
        .where('import_id', '=', importId)
        .orderBy(sql`text collate "C"`)
        .execute()
    ).map((r) => [r.category, r.text]);

  it('copies on a server only', () => {
    expect(canCopyRows(db)).toBe(target.name === 'postgres');
  });

  it('stores tabs, line breaks, backslashes, \\N, Arabic and quotes exactly as sent', async () => {
    const rows = awkward.map((t, i) => complaint(t, i % 2 === 0 ? `cat\t${i}\\N` : 'fees'));
    const result = await importCxRows(db, rows, {
      kind: 'complaints',
      mode: 'refuse',
      source: 'api',
      userId: null,
      at: new Date(),
      batchSize: 3,
    });
    expect(result).toMatchObject({ status: 'imported', importedRows: awkward.length, badRowCount: 0 });
    const expected = rows.map((r) => [r.category, r.text]).sort((a, b) => (a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0));
    expect(await stored(result.importId!)).toEqual(expected);
  });

  it('refuses a NUL in validation, so it never reaches the server', async () => {
    const result = await importCxRows(db, [complaint('fine'), complaint('nul\u0000here')], {
      kind: 'complaints',
      mode: 'skip',
      source: 'api',
      userId: null,
      at: new Date(),
    });
    expect(result).toMatchObject({ status: 'imported', importedRows: 1, skippedRows: 1 });
    expect(result.badRows).toEqual([{ row: 3, column: 'text', messageKey: 'cx_import.control_character' }]);
    expect(await stored(result.importId!)).toEqual([['fees', 'fine']]);
  });

  it('writes nothing when the server refuses a row in a later batch, and imports again afterwards', async () => {
    await sql`create function refuse_copy_marked() returns trigger language plpgsql as $$
      begin
        if new.category = 'refused_by_server' then raise exception 'the server refused this row'; end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger refuse_copy_marked before insert on cx_complaints
      for each row execute function refuse_copy_marked()`.execute(db);
    const before = Number((await sql<{ n: number }>`select count(*)::int as n from cx_complaints`.execute(db)).rows[0]!.n);
    const importId = randomUUID();
    // Batches of four: the refused row is the second of the third batch, two batches are already copied.
    const rows = Array.from({ length: 14 }, (_, i) => complaint(`row ${i}\twith a tab`, i === 9 ? 'refused_by_server' : 'fees'));
    await expect(
      importCxRows(db, rows, { kind: 'complaints', mode: 'refuse', source: 'api', userId: null, at: new Date(), batchSize: 4, importId }),
    ).rejects.toThrow(/the server refused this row/);
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from cx_complaints`.execute(db)).rows[0]!.n)).toBe(before);
    expect(await db.selectFrom('cx_imports').select('id').where('id', '=', importId).executeTakeFirst()).toBeUndefined();
    expect((await readImportJob(db, importId))?.status).toBe('failed');
    await sql`drop trigger refuse_copy_marked on cx_complaints`.execute(db);

    const again = await importCxRows(db, rows, {
      kind: 'complaints',
      mode: 'refuse',
      source: 'api',
      userId: null,
      at: new Date(),
      batchSize: 4,
    });
    expect(again).toMatchObject({ status: 'imported', importedRows: 14 });
  });
});
