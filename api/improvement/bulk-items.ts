import { errorData, toTrpcError } from '../trpc/error-shape.ts';

/** What became of one selected item: done, or refused with the reason its own call would have given. */
export type BulkOutcome = { id: string; ok: true } | { id: string; ok: false; code: string; messageKey: string };

/**
 * Runs one change per selected item, each through its own authorised (and audited) path in
 * its own transaction. A refusal is reported for that item and changes nothing of it; the
 * others go ahead: a selection across entities is the common case, and one closed action
 * should not hold back forty open ones. Faults that are not refusals (the database is gone)
 * stop the run and surface as they would for a single call.
 */
export async function forEachSelected(ids: readonly string[], change: (id: string) => Promise<unknown>): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      await change(id);
      outcomes.push({ id, ok: true });
    } catch (err) {
      const data = errorData(toTrpcError(err), 0);
      if (data.code === 'INTERNAL_SERVER_ERROR' || data.code === 'SERVICE_UNAVAILABLE') throw err;
      outcomes.push({ id, ok: false, code: data.code, messageKey: data.messageKey });
    }
  }
  return outcomes;
}
