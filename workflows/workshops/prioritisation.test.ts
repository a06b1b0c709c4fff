import { describe, it, expect } from 'vitest';
import { aggregateValues, priorityScore, quadrantOf, rankIdeas, type IdeaScoreEntry } from './prioritisation.ts';

const score = (
  ideaId: string,
  by: string,
  customerValue: number,
  governmentValue: number,
  effort: number,
  setByFacilitator = false,
): IdeaScoreEntry => ({
  ideaId,
  by,
  customerValue,
  governmentValue,
  effort,
  setByFacilitator,
});

describe('priorityScore', () => {
  it('default ratio: (customer + government) / effort', () => {
    // (5 + 3) / 2 = 4
    expect(priorityScore({ customerValue: 5, governmentValue: 3, effort: 2 })).toBe(4);
  });
  it('weighted: wC·c + wG·g − wE·e', () => {
    // 2·5 + 1·3 − 1.5·2 = 10 + 3 − 3 = 10
    expect(
      priorityScore(
        { customerValue: 5, governmentValue: 3, effort: 2 },
        { kind: 'weighted', customerValue: 2, governmentValue: 1, effort: 1.5 },
      ),
    ).toBe(10);
  });
});

describe('quadrantOf', () => {
  it('places ideas in the 2×2 value/effort matrix', () => {
    // value (4+4)/2 = 4 ≥ 3, effort 2 < 3
    expect(quadrantOf({ customerValue: 4, governmentValue: 4, effort: 2 })).toBe('quick_win');
    // value (5+3)/2 = 4, effort 4 ≥ 3
    expect(quadrantOf({ customerValue: 5, governmentValue: 3, effort: 4 })).toBe('major_project');
    // value (2+2)/2 = 2, effort 1
    expect(quadrantOf({ customerValue: 2, governmentValue: 2, effort: 1 })).toBe('fill_in');
    // value (1+2)/2 = 1.5, effort 5
    expect(quadrantOf({ customerValue: 1, governmentValue: 2, effort: 5 })).toBe('thankless_task');
  });
  it('thresholds are inclusive and configurable', () => {
    // value (3+3)/2 = 3 ≥ 3 → high; effort 3 ≥ 3 → high
    expect(quadrantOf({ customerValue: 3, governmentValue: 3, effort: 3 })).toBe('major_project');
    expect(quadrantOf({ customerValue: 3, governmentValue: 3, effort: 3 }, { value: 3.5, effort: 4 })).toBe('fill_in');
  });
});

describe('aggregateValues', () => {
  it('averages participants, and the facilitator overrides', () => {
    const scores = [score('a', 'c1', 5, 3, 2), score('a', 'c2', 4, 4, 3)];
    // customer (5+4)/2 = 4.5, government (3+4)/2 = 3.5, effort (2+3)/2 = 2.5
    expect(aggregateValues(scores, 'a')).toEqual({
      customerValue: 4.5,
      governmentValue: 3.5,
      effort: 2.5,
      source: 'participants',
      count: 2,
    });
    expect(aggregateValues([...scores, score('a', 'fac', 2, 2, 4, true)], 'a')).toEqual({
      customerValue: 2,
      governmentValue: 2,
      effort: 4,
      source: 'facilitator',
      count: 1,
    });
    expect(aggregateValues(scores, 'b')).toBeNull();
  });
});

describe('rankIdeas', () => {
  it('competition ranking with ties; ties listed by votes', () => {
    const scores = [
      score('a', 'c1', 4, 4, 2), // (4+4)/2 = 4
      score('b', 'c1', 5, 3, 2), // (5+3)/2 = 4 → ties with a
      score('c', 'c1', 5, 5, 1), // 10
      score('d', 'c1', 2, 1, 3), // 1
    ];
    const votes = new Map([
      ['a', 1],
      ['b', 3],
    ]);
    const { ranked, unscored } = rankIdeas(['a', 'b', 'c', 'd', 'e'], scores, votes);
    expect(ranked.map((r) => [r.ideaId, r.rank, r.score])).toEqual([
      ['c', 1, 10],
      ['b', 2, 4], // more votes than a, same rank
      ['a', 2, 4],
      ['d', 4, 1], // rank 3 is skipped
    ]);
    // d: value (2+1)/2 = 1.5 < 3 and effort 3 ≥ 3 → thankless task
    expect(ranked.map((r) => r.quadrant)).toEqual(['quick_win', 'quick_win', 'quick_win', 'thankless_task']);
    expect(unscored).toEqual(['e']);
  });

  it('treats float-equal scores as a tie', () => {
    // a: (1+1)/3 = 0.666…
    const scores = [score('a', 'c1', 1, 1, 3), score('b', 'c1', 2, 2, 5), score('b', 'c2', 2, 2, 7)];
    // b: means (2, 2, 6) → 4/6 = 0.666…, same as a
    const { ranked } = rankIdeas(['a', 'b'], scores, new Map());
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('uses the configured formula', () => {
    const scores = [score('a', 'c1', 5, 1, 5), score('b', 'c1', 2, 2, 1)];
    // ratio: a (6/5 = 1.2) < b (4/1 = 4); weighted 3c + g − e: a 15+1−5 = 11 > b 6+2−1 = 7
    expect(rankIdeas(['a', 'b'], scores, new Map()).ranked[0]?.ideaId).toBe('b');
    const weighted = rankIdeas(['a', 'b'], scores, new Map(), {
      formula: { kind: 'weighted', customerValue: 3, governmentValue: 1, effort: 1 },
    });
    expect(weighted.ranked.map((r) => [r.ideaId, r.score])).toEqual([
      ['a', 11],
      ['b', 7],
    ]);
  });
});
