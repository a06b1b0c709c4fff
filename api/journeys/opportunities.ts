import type { DB } from '../db/schema.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { AppError } from '../trpc/app-error.ts';
import { opportunitySchema } from '../../workflows/journeys/opportunity.ts';
import type { Opportunity, OpportunityInput } from '../../workflows/journeys/opportunity.ts';
import { journeySteps } from '../../workflows/journeys/journey-map.ts';
import { loadRootCauses } from './root-causes.ts';
import { requireJourney, requireMap } from './journey-store.ts';

/** Replaces the opportunities of the to-be design; each names as-is steps and causes that exist. */
export async function saveOpportunities(db: DB, journeyId: string, inputs: OpportunityInput[]) {
  return inTransaction(db, async (trx) => {
    const journey = await requireJourney(trx, journeyId);
    if (journey.phase !== 'to_be_design' && journey.phase !== 'gap_analysis') {
      throw new AppError('PRECONDITION_FAILED', 'errors.journeys.wrong_phase', { phase: journey.phase });
    }
    const steps = new Set(journeySteps((await requireMap(trx, journey.id, 'as_is')).map).map((s) => s.id));
    const causes = new Set((await loadRootCauses(trx, journey.id)).map((c) => c.id));
    const list: Opportunity[] = [];
    for (const input of inputs) {
      const parsed = opportunitySchema.safeParse({ ...input, journeyId: journey.key });
      if (!parsed.success) throw new AppError('BAD_REQUEST', 'errors.journeys.invalid_opportunity', { id: input.id });
      const badStep = parsed.data.stepIds.find((s) => !steps.has(s));
      if (badStep) throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_step', { id: badStep });
      const badCause = parsed.data.rootCauseIds.find((c) => !causes.has(c));
      if (badCause) throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_root_cause', { id: badCause });
      list.push(parsed.data);
    }
    if (new Set(list.map((o) => o.id)).size !== list.length) throw new AppError('BAD_REQUEST', 'errors.journeys.duplicate_id');
    await trx.deleteFrom('journey_opportunities').where('journey_id', '=', journey.id).execute();
    if (list.length > 0) {
      await trx
        .insertInto('journey_opportunities')
        .values(list.map((o) => ({ journey_id: journey.id, id: o.id, record: JSON.stringify(o) })))
        .execute();
    }
    return { count: list.length };
  });
}

export async function loadOpportunities(db: DB, journeyId: string): Promise<Opportunity[]> {
  const rows = await db.selectFrom('journey_opportunities').select('record').where('journey_id', '=', journeyId).orderBy('id').execute();
  return rows.map((r) => r.record);
}
