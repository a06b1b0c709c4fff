import { workshopWorkflow } from '../../workflows/workshops/workshop-workflow.ts';
import { workshopEffects } from './workshop-effects.ts';
import { workshopRedaction } from '../../workflows/workshops/workshop-redaction.ts';

/** The workshop workflow as the product runs it: the pure definition plus its persistence effects. */
export const productWorkshopWorkflow = { ...workshopWorkflow, onTransition: workshopEffects, redact: workshopRedaction };
