import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DriverKind } from '../../engine/db/connect.ts';

/**
 * Who is running an import, so that a job left `running` by a dead process can be told from
 * one still under way.
 *
 * On a server the importing process holds a session-level advisory lock on the import's id
 * for as long as it runs, taken BEFORE the job row is written. PostgreSQL releases it the
 * moment that process's connection dies (kill -9, crash, network), so "running and nobody
 * holds its lock" is exactly "abandoned": no heartbeat to tune, true at once, and right with
 * any number of API processes. Embedded PGlite is opened by one process only, so there
 * "running and not running in this process" is abandoned.
 */

/** The advisory-lock key space of imports (the first of the two int4 keys). */
const importLockSpace = 0x43580001;

/** Imports under way in this process. */
const runningHere = new Set<string>();

export const importBusy = Symbol('import busy');

/**
 * Runs `run` as the only runner of `importId`, on the connection the import must use, or
 * answers `importBusy` when a live runner (this process or another) has it.
 * `dedicated`: take the server lock on a connection of its own (a pool); otherwise `db` is
 * PGlite's only connection or the caller's transaction, and this process's registry suffices.
 */
export async function asOnlyRunner<T>(
  db: DB,
  importId: string,
  dedicated: boolean,
  run: (conn: DB) => Promise<T>,
): Promise<T | typeof importBusy> {
  if (runningHere.has(importId)) return importBusy;
  runningHere.add(importId);
  try {
    if (!dedicated) return await run(db);
    return await db.connection().execute(async (conn) => {
      const { rows } = await sql<{ got: boolean }>`select pg_try_advisory_lock(${importLockSpace}, hashtext(${importId})) as got`.execute(
        conn,
      );
      if (!rows[0]?.got) return importBusy;
      // A backend busy in a long statement notices a dead client only when it next touches the
      // socket; checking every second frees the lock (and the job) within a second of a kill -9.
      await sql`set client_connection_check_interval = 1000`.execute(conn).catch(() => {});
      try {
        return await run(conn);
      } finally {
        // A connection lost meanwhile has lost its lock with it.
        await sql`select pg_advisory_unlock(${importLockSpace}, hashtext(${importId}))`.execute(conn).catch(() => {});
        await sql`reset client_connection_check_interval`.execute(conn).catch(() => {});
      }
    });
  } finally {
    runningHere.delete(importId);
  }
}

/**
 * Marks failed every `running` job whose runner is gone (all of them, or those in `ids`);
 * returns their ids. Safe at any time and from any process: a live runner keeps its job.
 */
export async function failAbandonedImportJobs(db: DB, driver: DriverKind, ids?: string[], at: Date = new Date()): Promise<string[]> {
  return (await sweepImportJobs(db, driver, ids, at)).failed;
}

/** What a sweep found: jobs it marked failed, and jobs still held by a live runner elsewhere. */
export interface ImportSweep {
  failed: string[];
  heldElsewhere: string[];
}

export async function sweepImportJobs(db: DB, driver: DriverKind, ids?: string[], at: Date = new Date()): Promise<ImportSweep> {
  let q = db.selectFrom('cx_import_jobs').select('id').where('status', '=', 'running');
  if (ids) {
    // Checked before any query: on PGlite an import under way here holds the only connection.
    const elsewhere = ids.filter((id) => !runningHere.has(id));
    if (elsewhere.length === 0) return { failed: [], heldElsewhere: [] };
    q = q.where('id', 'in', elsewhere);
  }
  const candidates = (await q.execute()).map((r) => r.id).filter((id) => !runningHere.has(id));
  if (candidates.length === 0) return { failed: [], heldElsewhere: [] };
  return db.transaction().execute(async (trx) => {
    const failed: string[] = [];
    const heldElsewhere: string[] = [];
    for (const id of candidates) {
      // The transaction-level lock is free only when no runner holds the session lock; held until commit,
      // it also keeps a retry from claiming the job while it is being marked.
      if (driver === 'postgres') {
        const { rows } = await sql<{
          free: boolean;
        }>`select pg_try_advisory_xact_lock(${importLockSpace}, hashtext(${id})) as free`.execute(trx);
        if (!rows[0]?.free) {
          heldElsewhere.push(id);
          continue;
        }
      }
      const updated = await trx
        .updateTable('cx_import_jobs')
        .set({ status: 'failed', rows_imported: 0, updated_at: at, finished_at: at })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1) failed.push(id);
    }
    return { failed, heldElsewhere };
  });
}
