import { describe, it, expect } from 'vitest';
import { retractVote, voteRefusal, votesLeft, votesUsed } from './vote-budget.ts';
import type { Vote } from './workshop-board.ts';

const votes: Vote[] = [
  { ideaId: 'i1', voterId: 'c1' },
  { ideaId: 'i2', voterId: 'c1' },
  { ideaId: 'i1', voterId: 'c2' },
  { ideaId: 'i1', voterId: 'c1' },
];

describe('vote budget', () => {
  it('counts dots per voter', () => {
    expect(votesUsed(votes, 'c1')).toBe(3);
    // budget 5 − 3 used = 2
    expect(votesLeft({ budget: 5 }, votes, 'c1')).toBe(2);
    expect(votesLeft({ budget: 5 }, votes, 'c3')).toBe(5);
  });

  it('never goes below zero when the budget is lowered after voting', () => {
    expect(votesLeft({ budget: 2 }, votes, 'c1')).toBe(0);
  });

  it('refuses when the budget is spent or the per-idea limit is reached', () => {
    expect(voteRefusal({ budget: 3, maxPerIdea: 5 }, votes, 'c1', 'i3')).toBe('budget_exhausted');
    // c1 has 2 dots on i1, limit 2
    expect(voteRefusal({ budget: 10, maxPerIdea: 2 }, votes, 'c1', 'i1')).toBe('idea_limit_reached');
    expect(voteRefusal({ budget: 10, maxPerIdea: 2 }, votes, 'c1', 'i2')).toBeNull();
  });

  it('retracts one dot, the last one cast', () => {
    expect(retractVote(votes, 'c1', 'i1')).toEqual(votes.slice(0, 3));
    expect(retractVote(votes, 'c3', 'i1')).toEqual(votes);
  });
});
