import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { canCopyRows, copyRows } from '../../engine/db/copy-rows.ts';
import { copyField } from '../../engine/db/copy-text.ts';

/**
 * `copyRows` streams rows in with COPY FROM STDIN on a server (text format, escaped by
 * engine/db/copy-text.ts); whatever text goes in must come back exactly. Embedded PGlite
 * cannot copy from a client stream: it says so, and callers write another way.
 */
describe.each(testDatabases())('COPY rows on $name', (target) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await target.create();
    await sql`create table copy_probe (id int primary key, label text, amount real, note text)`.execute(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('is offered on a server only', () => {
    expect(canCopyRows(handle.db)).toBe(target.name === 'postgres');
  });

  it.runIf(target.name === 'postgres')('round-trips awkward text and nulls exactly, inside a transaction', async () => {
    const awkward = [
      'tab\there',
      'line\nbreak and\r\ncrlf',
      'back\\slash \\N \\t \\\\ \\.',
      '\\N',
      '\\.',
      'شكوى بخصوص "الرسوم" و\'الانتظار\'',
      '',
      ' leading and trailing ',
    ];
    const rows = awkward.map((label, i) => [i, label, i + 0.5, i % 2 === 0 ? null : `${label}!`] as const);
    await handle.db.transaction().execute(async (trx) => {
      expect(await copyRows(trx, 'copy_probe', ['id', 'label', 'amount', 'note'], rows)).toBe(rows.length);
    });
    const back = await sql<{ id: number; label: string; amount: number; note: string | null }>`
      select id, label, amount, note from copy_probe order by id`.execute(handle.db);
    expect(back.rows.map((r) => [r.id, r.label, r.amount, r.note])).toEqual(rows.map((r) => [...r]));
    await sql`truncate copy_probe`.execute(handle.db);
  });

  it.runIf(target.name === 'postgres')('round-trips any text without NUL (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('\\N', '\\.', '\t', '\n', '\r', '\\')),
          {
            maxLength: 20,
          },
        ),
        async (texts) => {
          const labels = texts.map((t) => t.replaceAll('\0', ''));
          await sql`truncate copy_probe`.execute(handle.db);
          await copyRows(
            handle.db,
            'copy_probe',
            ['id', 'label'],
            labels.map((l, i) => [i, l]),
          );
          const back = await sql<{ label: string }>`select label from copy_probe order by id`.execute(handle.db);
          expect(back.rows.map((r) => r.label)).toEqual(labels);
        },
      ),
      { numRuns: 60 },
    );
    await sql`truncate copy_probe`.execute(handle.db);
  });

  it.runIf(target.name === 'postgres')('rolls back with its transaction, and the connection stays usable after a refused row', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await copyRows(trx, 'copy_probe', ['id', 'label'], [[1, 'first']]);
        // A duplicate key: the server refuses the second COPY part way through.
        await copyRows(
          trx,
          'copy_probe',
          ['id', 'label'],
          [
            [2, 'second'],
            [1, 'again'],
          ],
        );
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from copy_probe`.execute(handle.db)).rows[0]!.n)).toBe(0);
    await copyRows(handle.db, 'copy_probe', ['id', 'label'], [[1, 'after']]);
    expect((await sql<{ label: string }>`select label from copy_probe`.execute(handle.db)).rows).toEqual([{ label: 'after' }]);
    await sql`truncate copy_probe`.execute(handle.db);
  });

  it('never sends a NUL: the field is refused before it reaches the server', () => {
    expect(() => copyField('a\0b')).toThrow(/NUL/);
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField(null)).toBe('\\N');
  });
});
