import type { WorkshopEventType } from '../../workflows/workshops/workshop-events.ts';
import type { WorkshopPhase } from '../../workflows/workshops/workshop-phases.ts';

/**
 * The board events each phase accepts, as the workshop machine declares them; used to
 * explain a refusal ("not in this phase") and to tell the web which controls to offer.
 * The machine stays the judge: this only names the reason after it refused.
 */
export const boardEventsByPhase: Partial<Record<WorkshopPhase, readonly WorkshopEventType[]>> = {
  discovery: ['ADD_NOTE', 'ADD_PERSONA', 'ADD_PAIN_POINT', 'ADD_QUOTE'],
  ideation: ['ADD_IDEA', 'MERGE_IDEAS'],
  voting: ['CAST_VOTE', 'RETRACT_VOTE', 'LOCK_VOTING', 'MERGE_IDEAS'],
  prioritisation: ['SCORE_IDEA'],
  bundle_design: ['SET_DESIGN'],
  commitments: ['ADD_COMMITMENT'],
};

export function phaseAccepts(phase: WorkshopPhase, type: string): boolean {
  return (boardEventsByPhase[phase] ?? []).some((t) => t === type);
}
