import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';

/** Why an agreed (consensus) score moved after consensus: a site visit or an upheld appeal. */
export interface AgreedScoreChange {
  assessmentId: string;
  nodeCode: string;
  percent: number | null;
  source: 'site_visit' | 'appeal';
  sourceId: string;
  reason: string;
  changedBy: string;
  changedAt: Date;
}

/**
 * Moves one node's agreed score and records the change beside it (from, to, why, who), inside the
 * caller's transaction, so results and their audit trail never disagree.
 */
export async function changeAgreedScore(trx: DB, change: AgreedScoreChange): Promise<void> {
  const current = await trx
    .selectFrom('excellence_consensus')
    .select('percent')
    .where('assessment_id', '=', change.assessmentId)
    .where('node_code', '=', change.nodeCode)
    .executeTakeFirst();
  if (!current) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: change.nodeCode });
  await trx
    .updateTable('excellence_consensus')
    .set({ percent: change.percent })
    .where('assessment_id', '=', change.assessmentId)
    .where('node_code', '=', change.nodeCode)
    .execute();
  await trx
    .insertInto('excellence_score_changes')
    .values({
      id: randomUUID(),
      assessment_id: change.assessmentId,
      node_code: change.nodeCode,
      source: change.source,
      source_id: change.sourceId,
      from_percent: current.percent,
      to_percent: change.percent,
      reason: change.reason,
      changed_by: change.changedBy,
      changed_at: change.changedAt,
    })
    .execute();
}
