import { WorkflowRegistry } from '../engine/workflow/registry.ts';
import { productAssessmentWorkflow, productCycleWorkflow } from './excellence/workflow-definitions.ts';
import { improvementActionWorkflow } from './improvement/action-workflow-effects.ts';
import { actionWorkflow } from '../workflows/improvement/action-workflow.ts';
import { productWorkshopWorkflow } from './workshops/workshop-definition.ts';
import { journeyReengineeringWorkflow } from './journeys/journey-workflow.ts';
import { VisibilityRules } from './access/visibility-rules.ts';
import { actionVisibility } from './improvement/register-access.ts';
import { workshopVisibility } from './workshops/workshop-access.ts';
import { journeyVisibility } from './journeys/journey-access.ts';
import { assessmentVisibility } from './excellence/assessment-access.ts';
import { cycleVisibility } from './excellence/cycle-access.ts';
import { productConsultationWorkflow } from './participation/consultation-effects.ts';
import { consultationVisibility } from './participation/consultation-access.ts';
import { productVisitWorkflow } from './mystery-shopper/visit-effects.ts';
import { visitVisibility } from './mystery-shopper/visit-access.ts';
import { productAlertWorkflow } from './command-centre/alert-workflow-effects.ts';
import { alertVisibility } from './command-centre/alert-access.ts';

/** Every domain workflow the product runs, each at every version still in use. */
export function productRegistry(): WorkflowRegistry {
  const registry = new WorkflowRegistry();
  registry.register(improvementActionWorkflow(actionWorkflow)).register(improvementActionWorkflow());
  registry.register(productWorkshopWorkflow);
  registry.register(journeyReengineeringWorkflow());
  registry.register(productCycleWorkflow).register(productAssessmentWorkflow);
  registry.register(productConsultationWorkflow);
  registry.register(productVisitWorkflow);
  registry.register(productAlertWorkflow);
  return registry;
}

/** Who may read each of those workflows: the rule each domain's own pages apply, one per kind. */
export function productVisibility(): VisibilityRules {
  const rules = new VisibilityRules();
  rules.register(actionVisibility);
  rules.register(workshopVisibility);
  rules.register(journeyVisibility);
  rules.register(cycleVisibility).register(assessmentVisibility);
  rules.register(consultationVisibility);
  rules.register(visitVisibility);
  rules.register(alertVisibility);
  return rules;
}
