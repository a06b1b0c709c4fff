import type { DriverKind } from '../../engine/db/connect.ts';
import type { DB } from '../db/schema.ts';
import { sweepImportJobs } from './import-claim.ts';

/**
 * Marks failed the imports left `running` by a dead process: once at start (a crash of this
 * very process), then every `everyMs` (another API process that died). While another process
 * holds a running import it looks again every `whileHeldMs`: a process killed just before this
 * one started may keep its database session (and so its lock) for a moment after the kill.
 * Returns a stop function.
 */
export function startImportSweeper(db: DB, driver: DriverKind, everyMs = 60_000, whileHeldMs = 2_000): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const sweep = async () => {
    let next = everyMs;
    try {
      const { failed, heldElsewhere } = await sweepImportJobs(db, driver);
      if (failed.length > 0) console.warn(`[imports] marked failed, their process is gone: ${failed.join(', ')}`);
      if (heldElsewhere.length > 0) next = whileHeldMs;
    } catch (err: unknown) {
      console.error('[imports] sweep failed', err);
    }
    if (stopped) return;
    timer = setTimeout(() => void sweep(), next);
    timer.unref();
  };
  void sweep();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
