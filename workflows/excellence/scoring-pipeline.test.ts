import { describe, it, expect } from 'vitest';
import { framework } from './framework-schema.ts';
import { scoreEntity } from './weighted-total.ts';
import { maturityLevelFor } from './maturity-level.ts';
import { classify } from './classification.ts';
import { rankByScore } from './ranking.ts';
import { changeAgainstPrevious } from './cycle-change.ts';
import { presentScore } from './score-precision.ts';
import { sampleFramework } from './framework.fixture.ts';

/** One cycle end to end, as publication computes it: totals, maturity, medal, rank, change. */
describe('publishing a cycle (pure pipeline)', () => {
  const fw = framework.parse(sampleFramework());
  const entities = [
    // 80 + 120 + 150 + 280 = 630
    { id: 'E1', type: 'service_entity', scores: { 'C1.1': 80, 'C1.2': 60, C2: 50, P2: 70 } },
    // ministry: C1.1 worth 200, C1.2 400 -> 160 + 240 + 280 = 680
    { id: 'E2', type: 'ministry', scores: { 'C1.1': 80, 'C1.2': 60, P2: 70 } },
    // 90 + 180 + 240 + 380 = 890
    { id: 'E3', type: 'service_entity', scores: { 'C1.1': 90, 'C1.2': 90, C2: 80, P2: 95 } },
    // 100 + 100 + 180 + 300 = 680, ties with E2
    { id: 'E4', type: 'service_entity', scores: { 'C1.1': 100, 'C1.2': 50, C2: 60, P2: 75 } },
  ];

  const results = entities.map((e) => {
    const score = scoreEntity(fw, { entityType: e.type, leafPercents: e.scores });
    const pillarPercents = Object.fromEntries(score.pillars.map((p) => [p.code, p.percent]));
    return {
      id: e.id,
      total: score.total,
      maturity: maturityLevelFor(fw.maturityLevels, score.percent!)?.code,
      medal: classify(fw.classification!, { assessmentPercent: score.percent!, pillarPercents }).tier?.code ?? null,
    };
  });

  it('computes totals, maturity and medals', () => {
    expect(results.map((r) => [r.id, presentScore(r.total), r.maturity, r.medal])).toEqual([
      ['E1', 630, 'developing', 'silver'], // 63%: silver (60), gold needs 75
      ['E2', 680, 'developing', 'silver'], // 68%
      ['E3', 890, 'mature', 'gold'], // 89%: platinum needs 90
      ['E4', 680, 'developing', 'silver'],
    ]);
  });

  it('ranks with ties and compares with the previous cycle', () => {
    const ranked = rankByScore(results.map((r) => ({ id: r.id, score: r.total })));
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['E3', 1],
      ['E2', 2],
      ['E4', 2],
      ['E1', 4],
    ]);
    const previous = rankByScore([
      { id: 'E1', score: 700 },
      { id: 'E2', score: 650 },
      { id: 'E4', score: 600 },
    ]);
    const { changes } = changeAgainstPrevious(ranked, previous);
    expect(changes.map((c) => [c.id, c.rankDelta, c.scoreDelta === null ? null : presentScore(c.scoreDelta), c.isNew])).toEqual([
      ['E3', null, null, true],
      ['E2', 0, 30, false], // 2 -> 2; 680 - 650
      ['E4', 1, 80, false], // 3 -> 2; 680 - 600
      ['E1', -3, -70, false], // 1 -> 4; 630 - 700
    ]);
  });
});
