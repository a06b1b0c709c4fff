import { describe, it, expect } from 'vitest';
import { assessedScore, projectMaturity, type AssessedScore, type MaturityProjectionInput } from './maturity-projection.ts';

const input: MaturityProjectionInput = {
  entityId: 'moi',
  cycleId: 'cycle-4',
  capFraction: 0.1,
  criteria: [
    { criterionCode: '1.1', maxPoints: 100, assessed: assessedScore(60) },
    { criterionCode: '2.3', maxPoints: 50, assessed: assessedScore(48) },
    { criterionCode: '3.2', maxPoints: 80, assessed: assessedScore(40) },
  ],
  actions: [
    {
      actionId: 'a1',
      status: 'verified',
      uplifts: [
        { criterionCode: '1.1', points: 4 },
        { criterionCode: '2.3', points: 5 },
      ],
    },
    { actionId: 'a2', status: 'verified', uplifts: [{ criterionCode: '1.1', points: 3 }] },
    { actionId: 'a3', status: 'done', uplifts: [{ criterionCode: '3.2', points: 6 }] },
    { actionId: 'a4', status: 'verified', uplifts: [{ criterionCode: '9.9', points: 10 }] },
  ],
};

describe('projectMaturity', () => {
  const p = projectMaturity(input);

  it('passes the assessed scores through untouched', () => {
    expect(p.assessed.byCriterion).toEqual({ '1.1': 60, '2.3': 48, '3.2': 40 });
    // 60 + 48 + 40 = 148
    expect(p.assessed.total).toBe(148);
    expect(p.maxPoints.total).toBe(230);
  });

  it('moves the projection by verified actions only, within the cap', () => {
    // 1.1: declared 4 + 3 = 7, cap 0.1 x 100 = 10 -> 60 + 7 = 67
    // 2.3: declared 5, cap min(0.1 x 50 = 5, room 50 - 48 = 2) = 2 -> 50
    // 3.2: a3 is done, not verified -> 40
    expect(p.projected.byCriterion).toEqual({ '1.1': 67, '2.3': 50, '3.2': 40 });
    expect(p.projected.upliftByCriterion).toEqual({ '1.1': 7, '2.3': 2, '3.2': 0 });
    // 67 + 50 + 40 = 157
    expect(p.projected.total).toBe(157);
  });

  it('ignores uplift on criteria without a published score and lists the actions that counted', () => {
    expect(Object.keys(p.projected.byCriterion)).not.toContain('9.9');
    expect(p.projected.countedActionIds).toEqual(['a1', 'a2']);
  });

  it('caps by the cap fraction', () => {
    const q = projectMaturity({
      ...input,
      capFraction: 0.05,
      actions: [{ actionId: 'a1', status: 'verified', uplifts: [{ criterionCode: '1.1', points: 20 }] }],
    });
    // cap 0.05 x 100 = 5 -> 60 + 5 = 65
    expect(q.projected.byCriterion['1.1']).toBe(65);
    expect(q.assessed.byCriterion['1.1']).toBe(60);
  });

  it('projects nothing with a zero cap', () => {
    const q = projectMaturity({ ...input, capFraction: 0 });
    expect(q.projected.total).toBe(148);
  });

  it('refuses negative scores and uplifts', () => {
    expect(() => assessedScore(-1)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: [], code: 'too_small' })] }),
    );
    expect(() =>
      projectMaturity({ ...input, actions: [{ actionId: 'x', status: 'verified', uplifts: [{ criterionCode: '1.1', points: -3 }] }] }),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['actions', 0, 'uplifts', 0, 'points'], code: 'too_small' })] }),
    );
  });

  it('keeps projected scores out of places that want a published one (checked by tsc)', () => {
    const publish = (score: AssessedScore): number => score;
    expect(publish(p.assessed.total)).toBe(148);
    // @ts-expect-error a projected score is not an assessed score
    publish(p.projected.total);
    // @ts-expect-error a bare number is not an assessed score either
    publish(148);
    projectMaturity({
      ...input,
      // @ts-expect-error the projection starts only from a published score
      criteria: [{ criterionCode: '1.1', maxPoints: 100, assessed: p.projected.total }],
    });
  });
});
