import { describe, it, expect } from 'vitest';
import { tallyVotes, votesByIdea } from './vote-tally.ts';
import type { Idea, Vote } from './workshop-board.ts';

const idea = (id: string, mergedInto: string | null = null): Idea => ({ id, by: 'c1', text: id, painPointIds: [], mergedInto });
const ideas = [idea('i1'), idea('i2'), idea('i3'), idea('i4', 'i1')];
const votes: Vote[] = [
  { ideaId: 'i2', voterId: 'c1' },
  { ideaId: 'i2', voterId: 'c2' },
  { ideaId: 'i3', voterId: 'c1' },
];

describe('tallyVotes', () => {
  it('counts per live idea, most first, ties in board order', () => {
    expect(tallyVotes({ ideas, votes }, { anonymous: false })).toEqual([
      { ideaId: 'i2', votes: 2, voterIds: ['c1', 'c2'] },
      { ideaId: 'i3', votes: 1, voterIds: ['c1'] },
      { ideaId: 'i1', votes: 0, voterIds: [] },
    ]);
  });

  it('carries no voter ids when anonymous', () => {
    const tallies = tallyVotes({ ideas, votes }, { anonymous: true });
    expect(tallies).toEqual([
      { ideaId: 'i2', votes: 2 },
      { ideaId: 'i3', votes: 1 },
      { ideaId: 'i1', votes: 0 },
    ]);
    expect(JSON.stringify(tallies)).not.toContain('c1');
  });

  it('maps idea to count', () => {
    expect([...votesByIdea({ ideas, votes })]).toEqual([
      ['i2', 2],
      ['i3', 1],
      ['i1', 0],
    ]);
  });
});
