import type { DB } from '../db/schema.ts';
import { recordCompositeSources, requiredSources } from '../excellence/composite-sources.ts';
import { centreScores } from '../../workflows/mystery-shopper/results.ts';
import { acceptedVisits } from './results-store.ts';

/**
 * The centre's mystery-shopper score in a period, recorded as the `mystery_shopper` composite
 * source of the centre-rating cycle the period feeds, so the star classification uses it (and
 * republishes when the cycle has published). Nothing to feed when the period names no cycle,
 * the cycle's composite has no mystery-shopper part, the cycle is closed or the centre is not rated in it.
 */
export async function feedCentreComposite(db: DB, periodId: string, centreId: string, actorId: string, at: Date): Promise<number | null> {
  const period = await db.selectFrom('mystery_periods').select('cycle_id').where('id', '=', periodId).executeTakeFirstOrThrow();
  const score = centreScores(await acceptedVisits(db, { periodIds: [periodId], centreId }))[0]?.score ?? null;
  if (period.cycle_id === null || score === null) return score;
  const cycle = await db.selectFrom('workflow_instances').select('state').where('id', '=', period.cycle_id).executeTakeFirst();
  if (!cycle || cycle.state === 'closed') return score;
  if (!(await requiredSources(db, period.cycle_id)).includes('mystery_shopper')) return score;
  const rated = await db
    .selectFrom('excellence_assessments')
    .select('id')
    .where('cycle_id', '=', period.cycle_id)
    .where('subject_id', '=', centreId)
    .executeTakeFirst();
  if (!rated) return score;
  await recordCompositeSources(db, actorId, period.cycle_id, centreId, { mystery_shopper: Math.round(score * 100) / 100 }, at);
  return score;
}
