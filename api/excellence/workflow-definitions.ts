import { defineWorkflow } from '../../engine/workflow/definition.ts';
import { assessmentWorkflow } from '../../workflows/excellence/assessment-machine.ts';
import { cycleWorkflow } from '../../workflows/excellence/cycle-machine.ts';
import { assessmentEffects } from './assessment-effects.ts';
import { assessmentRedaction } from '../../workflows/excellence/assessment-redaction.ts';

/** The excellence workflows as the product runs them: the pure definitions plus their domain effects. */
export const productAssessmentWorkflow = defineWorkflow({
  ...assessmentWorkflow,
  onTransition: assessmentEffects,
  redact: assessmentRedaction,
});
export const productCycleWorkflow = cycleWorkflow;
