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

/** The part of the board view that is the viewer's own: the dots they may see and the dots they have left. */
export type PersonalBoard = Pick<WorkshopBoardView, 'votes' | 'votesLeft'>;

/** The part every viewer sees alike: the board without its dots, with the tallies (anonymous when voting is). */
export type SharedBoard = Omit<WorkshopBoardView, keyof PersonalBoard>;

type BoardSource = Pick<WorkshopContext, 'board' | 'settings'>;

export function sharedBoard(context: BoardSource): SharedBoard {
  const { anonymous } = context.settings.votes;
  const { votes: _votes, ...board } = context.board;
  return { ...board, tallies: tallyVotes(context.board, { anonymous }) };
}

export function personalBoard(context: BoardSource, viewerId: string): PersonalBoard {
  const { anonymous } = context.settings.votes;
  return {
    votes: anonymous ? context.board.votes.filter((v) => v.voterId === viewerId) : context.board.votes,
    votesLeft: votesLeft(context.settings.votes, context.board.votes, viewerId),
  };
}

/**
 * What one viewer may see of the board. The machine keeps voter ids to enforce budgets;
 * with anonymous voting they must not reach other participants, so the API sends this
 * projection instead of the raw context.
 */
export function boardForViewer(context: BoardSource, viewerId: string): WorkshopBoardView {
  return { ...sharedBoard(context), ...personalBoard(context, viewerId) };
}
