import type { DriverKind } from '../../engine/db/connect.ts';
import type { DB } from '../db/schema.ts';
import { failAbandonedImportJobs } from './import-claim.ts';

/**
 * Marks failed the imports left `running` by a dead process: once at start (a crash of this
 * very process), then every `everyMs` (another API process that died). Returns a stop function.
 */
export function startImportSweeper(db: DB, driver: DriverKind, everyMs = 60_000): () => void {
  const sweep = () =>
    void failAbandonedImportJobs(db, driver)
      .then((failed) => {
        if (failed.length > 0) console.warn(`[imports] marked failed, their process is gone: ${failed.join(', ')}`);
      })
      .catch((err: unknown) => console.error('[imports] sweep failed', err));
  sweep();
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
