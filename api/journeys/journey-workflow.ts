import type { AnyStateMachine } from 'xstate';
import type { TransitionEffectArgs, WorkflowDefinition } from '../../engine/workflow/definition.ts';
import { journeyWorkflow } from '../../workflows/journeys/journey-machine.ts';
import { journeyTransitionEffects } from './journey-effects.ts';

/** The journey machine as the product runs it: map versions frozen and copied with the phases. */
export function journeyReengineeringWorkflow(): WorkflowDefinition<typeof journeyWorkflow.machine> {
  return {
    ...journeyWorkflow,
    onTransition: (args: TransitionEffectArgs<AnyStateMachine>) => journeyTransitionEffects(args),
  };
}
