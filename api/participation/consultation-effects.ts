import type { TransitionEffectArgs } from '../../engine/workflow/definition.ts';
import { stateLabel } from '../../engine/workflow/state-label.ts';
import { productDb } from '../db/schema.ts';
import type { ConsultationPhase } from '../../workflows/participation/consultation-machine.ts';
import { consultationWorkflow } from '../../workflows/participation/consultation-workflow.ts';

/**
 * Keeps the `consultations` row in step with its machine: the phase and the dates, in the
 * transaction of every transition (a timer's included), so public lists never disagree with it.
 * At start the row is already there (written just before, in the same transaction).
 */
export async function consultationEffects({ db, instance, after, at }: TransitionEffectArgs<typeof consultationWorkflow.machine>) {
  const context = after.context;
  await productDb(db)
    .updateTable('consultations')
    .set({
      phase: stateLabel(after.value) as ConsultationPhase,
      opens_at: new Date(context.opensAt),
      closes_at: new Date(context.closesAt),
      updated_at: at,
    })
    .where('id', '=', instance.id)
    .execute();
}

/** The consultation workflow as the product runs it: the pure definition plus its read model. */
export const productConsultationWorkflow = { ...consultationWorkflow, onTransition: consultationEffects };
