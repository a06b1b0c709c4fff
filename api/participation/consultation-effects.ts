import type { TransitionEffectArgs } from '../../engine/workflow/definition.ts';
import { stateLabel } from '../../engine/workflow/state-label.ts';
import { productDb } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { ConsultationPhase } from '../../workflows/participation/consultation-machine.ts';
import { consultationWorkflow } from '../../workflows/participation/consultation-workflow.ts';

/**
 * Keeps the `consultations` row in step with its machine: the phase and the dates, in the
 * transaction of every transition (a timer's included), so public lists never disagree with it.
 * At start the row is already there (written just before, in the same transaction).
 */
export async function consultationEffects({ db, instance, after, at }: TransitionEffectArgs<typeof consultationWorkflow.machine>) {
  const context = after.context;
  const phase = stateLabel(after.value) as ConsultationPhase;
  // The response is written by its own procedure before this step; a bare PUBLISH_RESPONSE sent
  // through the generic workflow API would publish nothing, so it is refused and rolled back.
  if (phase === 'responded') {
    const written = await productDb(db)
      .selectFrom('consultation_responses')
      .select('consultation_id')
      .where('consultation_id', '=', instance.id)
      .executeTakeFirst();
    if (!written) throw new AppError('PRECONDITION_FAILED', 'errors.participation.responseMissing');
  }
  await productDb(db)
    .updateTable('consultations')
    .set({
      phase,
      opens_at: new Date(context.opensAt),
      closes_at: new Date(context.closesAt),
      updated_at: at,
    })
    .where('id', '=', instance.id)
    .execute();
}

/** The consultation workflow as the product runs it: the pure definition plus its read model. */
export const productConsultationWorkflow = { ...consultationWorkflow, onTransition: consultationEffects };
