import { workshopWorkflow } from '../../workflows/workshops/workshop-workflow.ts';
import { workshopEffects } from './workshop-effects.ts';
import { workshopRedaction } from '../../workflows/workshops/workshop-redaction.ts';

/**
 * The workshop workflow as the product runs it: the pure definition plus its persistence effects.
 * The effects read only their arguments (never the instance row), so a burst of board events is
 * written by one statement.
 */
export const productWorkshopWorkflow = {
  ...workshopWorkflow,
  onTransition: workshopEffects,
  redact: workshopRedaction,
  groupedWrites: true,
};
