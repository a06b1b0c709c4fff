import { rankIdeas, type Ranking } from './prioritisation.ts';
import { votesByIdea } from './vote-tally.ts';
import { liveIdeas } from './workshop-board.ts';
import type { WorkshopContext } from './workshop-machine.ts';

/** The ranked list of a workshop's live ideas with its own formula and thresholds. */
export function workshopRanking(context: Pick<WorkshopContext, 'board' | 'settings'>): Ranking {
  return rankIdeas(
    liveIdeas(context.board).map((i) => i.id),
    context.board.scores,
    votesByIdea(context.board),
    { formula: context.settings.formula, thresholds: context.settings.quadrantThresholds },
  );
}
