import { describe, it, expect } from 'vitest';
import { scoreChecklist } from './checklist-scoring.ts';

const t = (en: string) => ({ ar: en, en });
const items = [
  { code: 'greet', text: t('Greeted'), weight: 2 },
  { code: 'wait', text: t('Waited under 10 minutes'), weight: 3 },
  { code: 'info', text: t('Accurate information'), weight: 5 },
];

describe('scoreChecklist', () => {
  it('gives full weight for yes, a fraction for partly, nothing for no', () => {
    // 2 + 3x0.5 + 0 = 3.5 of 10 -> 35%
    expect(scoreChecklist(items, { greet: 'yes', wait: 'partly', info: 'no' }, 0.5)).toEqual({
      percent: 35,
      earned: 3.5,
      possible: 10,
      unanswered: [],
    });
  });

  it('leaves not-applicable items out of the denominator', () => {
    // greet yes 2, wait N/A, info partly 5x0.25 = 1.25 -> 3.25 / 7 = 46.428...%
    const score = scoreChecklist(items, { greet: 'yes', wait: 'not_applicable', info: 'partly' }, 0.25);
    expect(score.possible).toBe(7);
    expect(score.percent).toBeCloseTo(46.428571, 5);
  });

  it('is null when every item is not applicable', () => {
    expect(scoreChecklist(items, { greet: 'not_applicable', wait: 'not_applicable', info: 'not_applicable' }, 0.5).percent).toBeNull();
  });

  it('is null for an empty checklist', () => {
    expect(scoreChecklist([], {}, 0.5)).toEqual({ percent: null, earned: 0, possible: 0, unanswered: [] });
  });

  it('counts an unanswered item as no and reports it', () => {
    // 2 of 10 -> 20%
    expect(scoreChecklist(items, { greet: 'yes', wait: 'no' }, 0.5)).toEqual({
      percent: 20,
      earned: 2,
      possible: 10,
      unanswered: ['info'],
    });
  });
});
