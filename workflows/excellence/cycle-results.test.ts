import { describe, it, expect } from 'vitest';
import { cycleResults } from './cycle-results.ts';
import { framework } from './framework-schema.ts';
import { sampleFramework } from './framework.fixture.ts';

const fw = framework.parse(sampleFramework());

describe('cycleResults', () => {
  it('scores, classifies, ranks with ties and compares with the previous cycle', () => {
    // A: 80x100 + 60x200 + 50x300 + 70x400 = 80+120+150+280 = 630 -> 63% (silver, developing)
    // B: same scores -> 63%, ties A at rank 1
    // C: 100% everywhere -> 1000 -> 100%: platinum (P1, P2 both 100 >= 85), mature, rank 1; A and B rank 2
    const a = { 'C1.1': 80, 'C1.2': 60, C2: 50, P2: 70 };
    const subjects = [
      { id: 'A', entityType: 'service_entity', leafPercents: a },
      { id: 'B', entityType: 'service_entity', leafPercents: a },
      { id: 'C', entityType: 'service_entity', leafPercents: { 'C1.1': 100, 'C1.2': 100, C2: 100, P2: 100 } },
    ];
    const { results, dropped } = cycleResults(fw, subjects, [
      { id: 'A', score: 70, rank: 1 },
      { id: 'D', score: 50, rank: 2 },
    ]);
    expect(results.map((r) => [r.id, r.rank, r.score.total])).toEqual([
      ['C', 1, 1000],
      ['A', 2, 630],
      ['B', 2, 630],
    ]);
    expect(results.map((r) => r.classification?.tier?.code ?? null)).toEqual(['platinum', 'silver', 'silver']);
    expect(results.map((r) => r.maturity?.code)).toEqual(['mature', 'developing', 'developing']);
    // A fell from 1 to 2 (delta -1) and from 70% to 63% (-7); B and C are new; D dropped out.
    expect(results[1]!.change).toMatchObject({ previousRank: 1, rankDelta: -1, isNew: false });
    expect(results[1]!.change.scoreDelta).toBeCloseTo(-7, 9);
    expect(results[2]!.change.isNew).toBe(true);
    expect(dropped).toEqual(['D']);
  });
});
