import { sql } from 'kysely';
import type { DB } from '../../../api/db/schema.ts';

/** Bookkeeping a call may write without changing any product data: sessions, throttles, migrations. */
const bookkeeping = new Set([
  'sessions',
  'login_backoff',
  'login_address_window',
  'workshop_join_attempts',
  'kysely_migration',
  'kysely_migration_lock',
]);

export type Digest = Map<string, string>;

/** Every product table of the schema, found from the catalogue so a new table is covered too. */
export async function productTables(db: DB): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((r) => r.name).filter((n) => !bookkeeping.has(n));
}

/** Row count and an md5 of every row's text, per table, in one round trip. */
export async function digest(db: DB, tables: readonly string[]): Promise<Digest> {
  const parts = tables.map(
    (t) =>
      sql`select ${t}::text as name, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from ${sql.table(t)} x`,
  );
  const { rows } = await sql<{ name: string; hash: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return new Map(rows.map((r) => [r.name, r.hash]));
}

/**
 * The first transaction id not yet assigned. No row changes without an xid, so while this
 * stays the same nothing was written and the full digest can be skipped (other databases on
 * the same server also move it: then the digest is simply taken).
 */
export async function writeMark(db: DB): Promise<string> {
  const { rows } = await sql<{ xmax: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`.execute(db);
  return rows[0]!.xmax;
}

/**
 * Per product table, its row count and the newest row version's creating transaction (xmin):
 * an insert, update or delete in this database moves one of the two, and neither needs every row
 * turned into text. Cheaper than `digest` (a few times, measured), so it decides whether to take one.
 * Unlike `writeMark` it does not move when another database on the same server writes.
 */
export async function rowMark(db: DB, tables: readonly string[]): Promise<string> {
  const parts = tables.map(
    (t) => sql`select count(*)::text || ':' || coalesce(max(x.xmin::text::bigint), 0)::text as mark from ${sql.table(t)} x`,
  );
  const { rows } = await sql<{ mark: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return rows.map((r) => r.mark).join(',');
}

/** The tables whose digest differs. */
export function changedTables(before: Digest, after: Digest): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
}
