import { describe, it, expect } from 'vitest';
import { mergeIdeas, mergeProblem } from './idea-merge.ts';
import type { Idea, Vote } from './workshop-board.ts';

const idea = (id: string, painPointIds: string[], mergedInto: string | null = null): Idea => ({
  id,
  by: 'c1',
  text: id,
  painPointIds,
  mergedInto,
});
const ideas = [idea('i1', ['pp1']), idea('i2', ['pp2', 'pp1']), idea('i3', ['pp3']), idea('i9', [], 'i3')];
const votes: Vote[] = [
  { ideaId: 'i2', voterId: 'c1' },
  { ideaId: 'i1', voterId: 'c1' },
  { ideaId: 'i2', voterId: 'c2' },
  { ideaId: 'i3', voterId: 'c3' },
];

describe('mergeIdeas', () => {
  it('moves pain-point links and votes to the survivor', () => {
    const result = mergeIdeas({ ideas, votes }, { survivorId: 'i1', mergedIds: ['i2'] }, 2);
    expect(result.ideas.find((i) => i.id === 'i1')?.painPointIds).toEqual(['pp1', 'pp2']);
    expect(result.ideas.find((i) => i.id === 'i2')?.mergedInto).toBe('i1');
    // maxPerIdea 2: c1 keeps both dots (own on i1 + moved from i2); c2's dot moves; c3 untouched
    expect(result.votes).toEqual([
      { ideaId: 'i1', voterId: 'c1' },
      { ideaId: 'i1', voterId: 'c1' },
      { ideaId: 'i1', voterId: 'c2' },
      { ideaId: 'i3', voterId: 'c3' },
    ]);
  });

  it('does not double count a voter beyond the per-idea limit; the extra dot is refunded', () => {
    const result = mergeIdeas({ ideas, votes }, { survivorId: 'i1', mergedIds: ['i2'] }, 1);
    // c1 had 2 dots across the duplicates, limit 1 → 1 kept; total 4 − 1 = 3
    expect(result.votes).toEqual([
      { ideaId: 'i1', voterId: 'c1' },
      { ideaId: 'i1', voterId: 'c2' },
      { ideaId: 'i3', voterId: 'c3' },
    ]);
  });

  it('refuses bad merges', () => {
    expect(mergeProblem(ideas, { survivorId: 'i1', mergedIds: ['i1'] })).toBe('an idea cannot merge into itself');
    expect(mergeProblem(ideas, { survivorId: 'i9', mergedIds: ['i1'] })).toBe('survivor is not a live idea');
    expect(mergeProblem(ideas, { survivorId: 'i1', mergedIds: ['i9'] })).toBe('a merged idea is not live');
    expect(mergeProblem(ideas, { survivorId: 'i1', mergedIds: ['i2', 'i2'] })).toBe('an idea is listed twice');
    expect(() => mergeIdeas({ ideas, votes }, { survivorId: 'i1', mergedIds: [] }, 1)).toThrow('nothing to merge');
  });
});
