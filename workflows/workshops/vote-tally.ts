import { liveIdeas, type WorkshopBoard } from './workshop-board.ts';

export interface IdeaTally {
  ideaId: string;
  votes: number;
  /** Who voted (one entry per dot); absent when voting is anonymous. */
  voterIds?: string[];
}

/**
 * Votes per live idea, most votes first (ties in board order). With anonymity the tally
 * carries counts only, so it can be sent to every participant as is.
 */
export function tallyVotes(board: Pick<WorkshopBoard, 'ideas' | 'votes'>, options: { anonymous: boolean }): IdeaTally[] {
  const tallies = liveIdeas(board).map((idea): IdeaTally => {
    const dots = board.votes.filter((v) => v.ideaId === idea.id);
    return options.anonymous
      ? { ideaId: idea.id, votes: dots.length }
      : { ideaId: idea.id, votes: dots.length, voterIds: dots.map((v) => v.voterId) };
  });
  // Array.prototype.sort is stable, so equal counts keep board order.
  return tallies.sort((a, b) => b.votes - a.votes);
}

export function votesByIdea(board: Pick<WorkshopBoard, 'ideas' | 'votes'>): Map<string, number> {
  return new Map(tallyVotes(board, { anonymous: true }).map((t) => [t.ideaId, t.votes]));
}
