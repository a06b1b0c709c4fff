import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { checkRootCauseLinks, rootCauseSchema } from '../../workflows/journeys/root-cause.ts';
import type { RootCause, RootCauseInput } from '../../workflows/journeys/root-cause.ts';
import { loadSignals } from '../cx/cx-signals.ts';
import { requireJourney, requireMap } from './journey-store.ts';

/** Replaces the journey's root causes; every link must point at an as-is step and an imported complaint. */
export async function saveRootCauses(db: DB, engine: WorkflowEngine, journeyId: string, inputs: RootCauseInput[], actor: Actor) {
  return inTransaction(db, async (trx) => {
    const journey = await requireJourney(trx, journeyId);
    if (journey.phase !== 'root_causes') throw new AppError('PRECONDITION_FAILED', 'errors.journeys.wrong_phase', { phase: journey.phase });
    const map = await requireMap(trx, journey.id, 'as_is');
    const complaintIds = new Set((await loadSignals(trx, journey.serviceCodes)).complaints.map((c) => c.id));
    const causes: RootCause[] = [];
    for (const input of inputs) {
      const parsed = rootCauseSchema.safeParse({ ...input, journeyId: journey.key });
      if (!parsed.success) throw new AppError('BAD_REQUEST', 'errors.journeys.invalid_root_cause', { id: input.id });
      const problems = checkRootCauseLinks(parsed.data, map.map, complaintIds);
      if (problems.unknownStepIds.length > 0)
        throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_step', { id: problems.unknownStepIds[0]! });
      if (problems.unknownComplaintIds.length > 0)
        throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_complaint', { id: problems.unknownComplaintIds[0]! });
      causes.push(parsed.data);
    }
    if (new Set(causes.map((c) => c.id)).size !== causes.length) throw new AppError('BAD_REQUEST', 'errors.journeys.duplicate_id');
    await trx.deleteFrom('journey_root_causes').where('journey_id', '=', journey.id).execute();
    if (causes.length > 0) {
      await trx
        .insertInto('journey_root_causes')
        .values(causes.map((c) => ({ journey_id: journey.id, id: c.id, record: JSON.stringify(c) })))
        .execute();
    }
    await engine.send({ instanceId: journey.id, event: { type: 'ROOT_CAUSES_SAVED', count: causes.length }, actor }, trx);
    return { count: causes.length };
  });
}

export async function loadRootCauses(db: DB, journeyId: string): Promise<RootCause[]> {
  const rows = await db.selectFrom('journey_root_causes').select('record').where('journey_id', '=', journeyId).orderBy('id').execute();
  return rows.map((r) => r.record);
}
