import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { mergeGaps } from '../../workflows/improvement/gap-merge.ts';
import { getGap } from './gap-store.ts';

/**
 * Persists the pure merge: the survivor takes its merged fields, the duplicate's source
 * links and actions move to the survivor, the duplicate stays as a pointer. One transaction.
 */
export async function mergeGapRows(db: DB, survivorId: string, duplicateId: string): Promise<{ survivorId: string }> {
  return db.transaction().execute((trx) => mergeGapRowsIn(trx, survivorId, duplicateId));
}

/** The same merge inside the caller's transaction (a workflow transition that raises a repeat finding). */
export async function mergeGapRowsIn(trx: DB, survivorId: string, duplicateId: string): Promise<{ survivorId: string }> {
  // Lock both rows in a stable order so two merges of the same pair cannot interleave.
  await trx.selectFrom('gaps').select('id').where('id', 'in', [survivorId, duplicateId]).orderBy('id').forUpdate().execute();
  const survivor = await getGap(trx, survivorId);
  const duplicate = await getGap(trx, duplicateId);
  if (!survivor || !duplicate) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
  const result = mergeGaps(survivor, duplicate);
  if (!result.ok) throw new AppError('BAD_REQUEST', `errors.improvement.merge.${result.error}`);
  const s = result.survivor;
  await trx
    .updateTable('gaps')
    .set({
      severity: s.severity,
      raised_at: new Date(s.raisedAt),
      criterion_code: s.criterionCode,
      owner_id: s.ownerId,
      status: s.status,
      closed_at: s.closedAt ? new Date(s.closedAt) : null,
    })
    .where('id', '=', survivorId)
    .execute();
  await trx.updateTable('gaps').set({ status: 'merged', merged_into_id: survivorId }).where('id', '=', duplicateId).execute();
  await trx.updateTable('gap_sources').set({ gap_id: survivorId }).where('gap_id', '=', duplicateId).execute();
  // An action linked to both keeps one link.
  await trx
    .deleteFrom('action_gaps')
    .where('gap_id', '=', duplicateId)
    .where('action_id', 'in', trx.selectFrom('action_gaps').select('action_id').where('gap_id', '=', survivorId))
    .execute();
  await trx.updateTable('action_gaps').set({ gap_id: survivorId }).where('gap_id', '=', duplicateId).execute();
  return { survivorId };
}
