import { describe, it, expect } from 'vitest';
import { assessedScore, projectMaturity } from './maturity-projection.ts';
import {
  maturityHeatMap,
  maturityRadar,
  maturityTrend,
  publicResults,
  type CycleRef,
  type PublishedCriterionResult,
} from './maturity-views.ts';

const row = (entityId: string, cycleId: string, criterionCode: string, assessed: number, maxPoints = 100): PublishedCriterionResult => ({
  entityId,
  cycleId,
  criterionCode,
  maxPoints,
  assessed: assessedScore(assessed),
});

const cycles: CycleRef[] = [
  { id: 'c4', number: 4, closed: false },
  { id: 'c2', number: 2, closed: true },
  { id: 'c3', number: 3, closed: true },
];
const results = [
  row('moi', 'c3', '1.1', 60),
  row('moi', 'c3', '2.3', 30, 50),
  row('moh', 'c3', '1.1', 75),
  row('moi', 'c2', '1.1', 50),
  row('moi', 'c2', '2.3', 20, 50),
  row('moi', 'c4', '1.1', 90),
];

describe('maturity views', () => {
  it('builds the entities x criteria heat map as shares of max, null where unassessed', () => {
    // moi: 60/100 = 0.6, 30/50 = 0.6; moh: 75/100 = 0.75, no 2.3
    expect(maturityHeatMap(results, 'c3')).toEqual({
      entityIds: ['moh', 'moi'],
      criterionCodes: ['1.1', '2.3'],
      cells: [
        [0.75, null],
        [0.6, 0.6],
      ],
    });
    expect(maturityHeatMap(results, 'c3', ['moi', 'moh']).entityIds).toEqual(['moi', 'moh']);
  });

  it("gives one entity's radar for a cycle", () => {
    expect(maturityRadar(results, 'c2', 'moi')).toEqual([
      { criterionCode: '1.1', share: 0.5 },
      { criterionCode: '2.3', share: 0.4 },
    ]);
  });

  it('trends the published total over closed cycles only, oldest first', () => {
    // c2: 50 + 20 = 70 of 150 -> 0.4667; c3: 60 + 30 = 90 of 150 -> 0.6; c4 still open: left out
    expect(maturityTrend(results, cycles, 'moi')).toEqual([
      { cycleId: 'c2', cycleNumber: 2, assessed: 70, maxPoints: 150, share: 0.4667 },
      { cycleId: 'c3', cycleNumber: 3, assessed: 90, maxPoints: 150, share: 0.6 },
    ]);
  });

  it('publishes only closed cycles on the transparency page', () => {
    expect(publicResults(results, cycles).some((r) => r.cycleId === 'c4')).toBe(false);
    expect(publicResults(results, cycles)).toHaveLength(5);
  });

  it('cannot be fed a projected score (checked by tsc)', () => {
    const p = projectMaturity({
      entityId: 'moi',
      cycleId: 'c3',
      capFraction: 0.1,
      criteria: [{ criterionCode: '1.1', maxPoints: 100, assessed: assessedScore(60) }],
      actions: [{ actionId: 'a', status: 'verified', uplifts: [{ criterionCode: '1.1', points: 5 }] }],
    });
    const projected = p.projected.byCriterion['1.1'];
    if (projected === undefined) throw new Error('missing');
    // @ts-expect-error a projected score never enters the published views
    const leaked: PublishedCriterionResult = { entityId: 'moi', cycleId: 'c3', criterionCode: '1.1', maxPoints: 100, assessed: projected };
    expect(leaked.assessed).toBe(65);
  });
});
