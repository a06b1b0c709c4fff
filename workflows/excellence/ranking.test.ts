import { describe, it, expect } from 'vitest';
import { rankByScore } from './ranking.ts';

describe('rankByScore', () => {
  it('uses competition ranking: same score same rank, next rank skips', () => {
    const ranked = rankByScore([
      { id: 'c', score: 700 },
      { id: 'a', score: 812.5 },
      { id: 'b', score: 812.5 },
      { id: 'd', score: 640 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
      ['d', 4],
    ]);
  });

  it('treats scores equal within epsilon as a tie', () => {
    const ranked = rankByScore([
      { id: 'x', score: 0.1 + 0.2 },
      { id: 'y', score: 0.3 },
      { id: 'z', score: 0.2 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('ranks three-way ties and a tie at the bottom', () => {
    const ranked = rankByScore([
      { id: 'a', score: 50 },
      { id: 'b', score: 50 },
      { id: 'c', score: 50 },
      { id: 'd', score: 10 },
      { id: 'e', score: 10 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1, 4, 4]);
  });

  it('is empty for no entries', () => {
    expect(rankByScore([])).toEqual([]);
  });
});
