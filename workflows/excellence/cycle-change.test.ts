import { describe, it, expect } from 'vitest';
import { changeAgainstPrevious } from './cycle-change.ts';

describe('changeAgainstPrevious', () => {
  const previous = [
    { id: 'a', score: 700, rank: 1 },
    { id: 'b', score: 650, rank: 2 },
    { id: 'gone', score: 600, rank: 3 },
  ];
  const current = [
    { id: 'b', score: 720, rank: 1 },
    { id: 'new', score: 710, rank: 2 },
    { id: 'a', score: 690.5, rank: 3 },
  ];

  it('gives rank delta (positive = up), score delta and marks new entrants', () => {
    const { changes, dropped } = changeAgainstPrevious(current, previous);
    expect(changes).toEqual([
      // b: rank 2 -> 1 = +1; 720 - 650 = +70
      { id: 'b', rank: 1, score: 720, previousRank: 2, previousScore: 650, rankDelta: 1, scoreDelta: 70, isNew: false },
      { id: 'new', rank: 2, score: 710, previousRank: null, previousScore: null, rankDelta: null, scoreDelta: null, isNew: true },
      // a: rank 1 -> 3 = -2; 690.5 - 700 = -9.5
      { id: 'a', rank: 3, score: 690.5, previousRank: 1, previousScore: 700, rankDelta: -2, scoreDelta: -9.5, isNew: false },
    ]);
    expect(dropped).toEqual(['gone']);
  });

  it('marks everyone new in a first cycle', () => {
    const { changes, dropped } = changeAgainstPrevious(current, []);
    expect(changes.every((c) => c.isNew)).toBe(true);
    expect(dropped).toEqual([]);
  });

  it('handles an empty current cycle', () => {
    expect(changeAgainstPrevious([], previous)).toEqual({ changes: [], dropped: ['a', 'b', 'gone'] });
  });
});
