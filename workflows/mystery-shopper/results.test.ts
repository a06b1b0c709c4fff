import { describe, expect, it } from 'vitest';
import { answerSchema, failedItems, visitScore, type ChecklistItem } from './checklist.ts';
import { centreScores, centreTrend } from './results.ts';

const item = (code: string, weight = 1): ChecklistItem => ({ code, text: { ar: code, en: code }, weight });

describe('mystery-shopper scores', () => {
  it('scores a visit as the weighted share of applicable items passed', () => {
    const list = [item('greet', 2), item('ticket'), item('wait'), item('close')];
    expect(visitScore(list, { greet: 'pass', ticket: 'fail', wait: 'na', close: 'pass' })).toBe(75);
    expect(visitScore(list, { greet: 'na' })).toBeNull();
    expect(failedItems(list, { greet: 'fail', ticket: 'fail' }).map((i) => i.code)).toEqual(['greet', 'ticket']);
    expect(answerSchema.safeParse('maybe').success).toBe(false);
  });

  it('averages channels so a channel visited often does not outweigh one visited once', () => {
    const scores = centreScores([
      { periodId: 'p1', centreId: 'c1', channel: 'centre', score: 100 },
      { periodId: 'p1', centreId: 'c1', channel: 'centre', score: 80 },
      { periodId: 'p1', centreId: 'c1', channel: 'centre', score: 90 },
      { periodId: 'p1', centreId: 'c1', channel: 'phone', score: 50 },
      { periodId: 'p1', centreId: 'c2', channel: 'app', score: null },
    ]);
    expect(scores).toEqual([
      {
        centreId: 'c1',
        channels: [
          { channel: 'centre', visits: 3, score: 90 },
          { channel: 'phone', visits: 1, score: 50 },
        ],
        score: 70,
      },
      { centreId: 'c2', channels: [{ channel: 'app', visits: 1, score: null }], score: null },
    ]);
    expect(
      centreTrend(
        ['p1', 'p2', 'p3'],
        [
          { periodId: 'p1', centreId: 'c1', channel: 'centre', score: 60 },
          { periodId: 'p3', centreId: 'c1', channel: 'centre', score: 80 },
        ],
        'c1',
      ),
    ).toEqual([60, null, 80]);
  });
});
