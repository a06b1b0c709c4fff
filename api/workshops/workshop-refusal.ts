import { WorkflowError } from '../../engine/workflow/errors.ts';
import { voteRefusal } from '../../workflows/workshops/vote-budget.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import { AppError } from '../trpc/app-error.ts';
import { phaseAccepts, boardEventsByPhase } from './phase-actions.ts';

const phaseControlEvents = new Set(['ADVANCE', 'EXTEND_PHASE', 'SKIP_PHASE']);

/**
 * Turns the engine's "event not accepted" into the reason a participant can act on
 * (wrong phase, budget spent, voting locked); other engine errors pass through unchanged.
 */
export function workshopRefusal(
  err: unknown,
  context: WorkshopContext,
  type: string,
  payload: Record<string, unknown>,
  senderId: string,
): unknown {
  if (!(err instanceof WorkflowError) || err.code !== 'EVENT_NOT_ACCEPTED') return err;
  const phase = context.phase;
  const isBoardEvent = Object.values(boardEventsByPhase).some((types) => types.some((t) => t === type));
  if (isBoardEvent && !phaseAccepts(phase, type)) return new AppError('PRECONDITION_FAILED', 'errors.workshops.notInPhase', { phase });
  if (phaseControlEvents.has(type)) return new AppError('PRECONDITION_FAILED', 'errors.workshops.phaseControlRefused', { phase });
  if ((type === 'CAST_VOTE' || type === 'RETRACT_VOTE' || type === 'MERGE_IDEAS') && context.votingLocked) {
    return new AppError('PRECONDITION_FAILED', 'errors.workshops.votingLocked');
  }
  if (type === 'UNDO_BOARD_ACTION') return new AppError('PRECONDITION_FAILED', 'errors.workshops.nothingToUndo');
  if (type === 'CAST_VOTE' && typeof payload.ideaId === 'string') {
    const reason = voteRefusal(context.settings.votes, context.board.votes, senderId, payload.ideaId);
    if (reason === 'budget_exhausted')
      return new AppError('PRECONDITION_FAILED', 'errors.workshops.voteBudgetExhausted', { budget: context.settings.votes.budget });
    if (reason === 'idea_limit_reached')
      return new AppError('PRECONDITION_FAILED', 'errors.workshops.voteIdeaLimit', { max: context.settings.votes.maxPerIdea });
  }
  return new AppError('PRECONDITION_FAILED', 'errors.workshops.refused', { phase });
}
