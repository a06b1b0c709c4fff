import { WorkflowRegistry } from '../engine/workflow/registry.ts';
import { productAssessmentWorkflow, productCycleWorkflow } from './excellence/workflow-definitions.ts';
import { improvementActionWorkflow } from './improvement/action-workflow-effects.ts';
import { actionWorkflow } from '../workflows/improvement/action-workflow.ts';
import { productWorkshopWorkflow } from './workshops/workshop-definition.ts';
import { journeyReengineeringWorkflow } from './journeys/journey-workflow.ts';

/** Every domain workflow the product runs, each at every version still in use. */
export function productRegistry(): WorkflowRegistry {
  const registry = new WorkflowRegistry();
  registry.register(improvementActionWorkflow(undefined, actionWorkflow)).register(improvementActionWorkflow());
  registry.register(productWorkshopWorkflow);
  registry.register(journeyReengineeringWorkflow());
  registry.register(productCycleWorkflow).register(productAssessmentWorkflow);
  return registry;
}
