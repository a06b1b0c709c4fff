import { describe, it, expect } from 'vitest';
import { opportunitySchema, scoreOpportunities } from './opportunity.ts';

const opp = (id: string, customerValue: number, governmentValue: number, effort: number) =>
  opportunitySchema.parse({
    id,
    journeyId: 'newborn',
    title: { ar: 'فكرة', en: 'Idea' },
    stepIds: ['nb-01'],
    customerValue,
    governmentValue,
    effort,
  });

describe('scoreOpportunities', () => {
  it('orders by value per effort and flags quick wins', () => {
    // a: (5+4)/3 = 3, b: (4+4)/2 = 4, c: (2+2)/1 = 4 (lower value than b), d: (5+5)/5 = 2
    const scored = scoreOpportunities([opp('a', 5, 4, 3), opp('b', 4, 4, 2), opp('c', 2, 2, 1), opp('d', 5, 5, 5)]);
    expect(scored.map((s) => [s.opportunity.id, s.score, s.quickWin])).toEqual([
      ['b', 4, true], // value 8 >= 7, effort 2
      ['c', 4, false], // value 4 too low
      ['a', 3, false],
      ['d', 2, false],
    ]);
  });

  it('refuses ratings outside 1..5', () => {
    expect(() => opp('x', 6, 1, 1)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['customerValue'], code: 'too_big' })] }),
    );
    expect(() => opp('x', 1, 1, 0)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['effort'], code: 'too_small' })] }),
    );
  });
});
