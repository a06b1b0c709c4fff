import type { Kysely } from 'kysely';

// Serialization failure and deadlock: nothing was committed, so running it again is safe. A lost
// connection (a server restart) is never retried here: a COMMIT cut off may have landed, and the
// caller answers 503 (engine/db/connection-errors.ts) for the client to decide.
const retryableCodes = new Set(['40001', '40P01']);

/** Work to run once the transaction a Kysely belongs to has committed (never on rollback). */
const afterCommitQueues = new WeakMap<object, (() => void)[]>();

/**
 * Runs `fn` once `trx` has committed, when `trx` is a transaction that `inTransaction` opened;
 * answers false otherwise (a transaction opened elsewhere, whose commit nobody here sees).
 */
export function runAfterCommit<DB>(trx: Kysely<DB>, fn: () => void): boolean {
  const queue = afterCommitQueues.get(trx);
  if (!queue) return false;
  queue.push(fn);
  return true;
}

/**
 * Runs `fn` in a transaction, or inside the caller's one when `db` already is a
 * transaction, so domain writes and workflow writes can share one commit. `fn` sees the
 * transaction as a plain Kysely (`isTransaction` true): a Kysely of the product's tables is
 * one the engine accepts, a Kysely `Transaction` of them is not (its table helpers differ).
 */
export async function inTransaction<DB, T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  for (let attempt = 1; ; attempt++) {
    const afterCommit: (() => void)[] = [];
    try {
      const result = await db.transaction().execute((trx) => {
        afterCommitQueues.set(trx, afterCommit);
        return fn(trx);
      });
      for (const run of afterCommit) run();
      return result;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (attempt >= 5 || typeof code !== 'string' || !retryableCodes.has(code)) throw err;
      await new Promise((r) => setTimeout(r, attempt * 10 * Math.random()));
    }
  }
}
