import { workshopWorkflow } from '../../workflows/workshops/workshop-workflow.ts';
import { workshopEffects } from './workshop-effects.ts';

/** The workshop workflow as the product runs it: the pure definition plus its persistence effects. */
export const productWorkshopWorkflow = { ...workshopWorkflow, onTransition: workshopEffects };
