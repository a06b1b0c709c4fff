import { votesLeft } from './vote-budget.ts';
import { tallyVotes, type IdeaTally } from './vote-tally.ts';
import type { Vote, WorkshopBoard } from './workshop-board.ts';
import type { WorkshopContext } from './workshop-machine.ts';

export interface WorkshopBoardView extends Omit<WorkshopBoard, 'votes'> {
  /** With anonymous voting only the viewer's own dots; otherwise every dot. */
  votes: Vote[];
  tallies: IdeaTally[];
  votesLeft: number;
}

/**
 * What one viewer may see of the board. The machine keeps voter ids to enforce budgets;
 * with anonymous voting they must not reach other participants, so the API sends this
 * projection instead of the raw context.
 */
export function boardForViewer(context: Pick<WorkshopContext, 'board' | 'settings'>, viewerId: string): WorkshopBoardView {
  const { anonymous } = context.settings.votes;
  return {
    ...context.board,
    votes: anonymous ? context.board.votes.filter((v) => v.voterId === viewerId) : context.board.votes,
    tallies: tallyVotes(context.board, { anonymous }),
    votesLeft: votesLeft(context.settings.votes, context.board.votes, viewerId),
  };
}
