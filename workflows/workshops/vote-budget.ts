import type { Vote } from './workshop-board.ts';
import type { VoteRules } from './workshop-settings.ts';

export function votesUsed(votes: readonly Vote[], voterId: string): number {
  return votes.filter((v) => v.voterId === voterId).length;
}

/** Dots a participant has left; never negative, even if the facilitator lowered the budget after votes were cast. */
export function votesLeft(rules: Pick<VoteRules, 'budget'>, votes: readonly Vote[], voterId: string): number {
  return Math.max(0, rules.budget - votesUsed(votes, voterId));
}

export type VoteRefusal = 'budget_exhausted' | 'idea_limit_reached';

/** Why one more dot by this voter on this idea breaks the rules, or null when it is allowed. */
export function voteRefusal(
  rules: Pick<VoteRules, 'budget' | 'maxPerIdea'>,
  votes: readonly Vote[],
  voterId: string,
  ideaId: string,
): VoteRefusal | null {
  if (votesLeft(rules, votes, voterId) === 0) return 'budget_exhausted';
  const onIdea = votes.filter((v) => v.voterId === voterId && v.ideaId === ideaId).length;
  if (onIdea >= rules.maxPerIdea) return 'idea_limit_reached';
  return null;
}

/** Removes one of the voter's dots from the idea (the last one cast); unchanged if there is none. */
export function retractVote(votes: readonly Vote[], voterId: string, ideaId: string): Vote[] {
  const index = votes.findLastIndex((v) => v.voterId === voterId && v.ideaId === ideaId);
  return index === -1 ? [...votes] : votes.filter((_, i) => i !== index);
}
