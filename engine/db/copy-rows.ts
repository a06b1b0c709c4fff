import { CompiledQuery, sql, type Kysely } from 'kysely';
import { copyTextChunks, type CopyValue } from './copy-text.ts';

/**
 * Bulk writes through `COPY … FROM STDIN` on the connection (and transaction) a Kysely
 * instance runs on. Kysely does not hand out its raw client, so the rows travel as the
 * statement's only parameter and the `pg` client that `connectDatabase` pools
 * (engine/db/copying-client.ts) streams them to the server. Embedded PGlite has no such
 * client: `canCopyRows` tells callers to write another way there.
 */
export class CopyRowsSource {
  /** COPY text format, in chunks of a few tens of kilobytes. */
  readonly chunks: string[];
  constructor(rows: Iterable<readonly CopyValue[]>) {
    this.chunks = copyTextChunks(rows);
  }
  /** `pg` asks an object parameter for its value: only when a plain client got a COPY. */
  toPostgres(): never {
    throw new Error('COPY FROM STDIN needs a connection made by connectDatabase on a server');
  }
}

/** The dialect adapters of the Kysely instances whose connections can copy (shared by their transactions). */
const copyCapable = new WeakSet<object>();

export function markCopyCapable<T>(db: Kysely<T>): void {
  copyCapable.add(db.getExecutor().adapter);
}

export function canCopyRows<T>(db: Kysely<T>): boolean {
  return copyCapable.has(db.getExecutor().adapter);
}

/** Writes `rows` (values in `columns` order) into `table`; answers the number of rows written. */
export async function copyRows<T>(
  db: Kysely<T>,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const statement = sql`copy ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))}) from stdin`.compile(db);
  const result = await db.executeQuery<{ copied: number }>(CompiledQuery.raw(statement.sql, [new CopyRowsSource(rows)]));
  return result.rows[0]?.copied ?? 0;
}
