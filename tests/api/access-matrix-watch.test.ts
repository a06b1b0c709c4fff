import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { digest, productTables, rowMark } from './access-matrix/digest.ts';
import type { DB } from '../../api/db/schema.ts';

/** The access matrix skips its full digest while `rowMark` stands still: it must move with every kind of write. */
describe.each(testDatabases())('the access matrix’s row mark on $name', (target) => {
  let database: TestDatabase;
  let db: DB;
  let tables: string[];
  beforeAll(async () => {
    database = await target.create();
    db = database.db as unknown as DB;
    tables = await productTables(db);
  });
  afterAll(() => database?.close());

  const entity = { id: 'ent-mark', code: 'MARK', name_ar: 'ع', name_en: 'E', type: 'service_entity', sector: 'x', delivers_services: true };

  it('moves on an insert, an update (even to the same values) and a delete, as the digest does', async () => {
    const before = await rowMark(db, tables);
    await db.insertInto('entities').values(entity).execute();
    const inserted = await rowMark(db, tables);
    expect(inserted).not.toBe(before);
    await db.updateTable('entities').set({ name_en: 'E' }).where('id', '=', entity.id).execute();
    const updated = await rowMark(db, tables);
    expect(updated).not.toBe(inserted);
    const digestBefore = await digest(db, tables);
    await db.updateTable('entities').set({ name_en: 'F' }).where('id', '=', entity.id).execute();
    expect(await rowMark(db, tables)).not.toBe(updated);
    expect((await digest(db, tables)).get('entities')).not.toBe(digestBefore.get('entities'));
    const changed = await rowMark(db, tables);
    await db.deleteFrom('entities').where('id', '=', entity.id).execute();
    expect(await rowMark(db, tables)).not.toBe(changed);
  });

  it('stands still on reads, on a rolled-back write and on writes to bookkeeping tables', async () => {
    const before = await rowMark(db, tables);
    await db.selectFrom('entities').selectAll().execute();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('entities').values(entity).execute();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await db
      .insertInto('login_backoff')
      .values({ username: 'x', address: '192.0.2.1', failures: 1, last_attempt_at: new Date(), blocked_until: null })
      .execute();
    expect(await rowMark(db, tables)).toBe(before);
  });
});
