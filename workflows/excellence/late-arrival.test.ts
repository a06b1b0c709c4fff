import { describe, expect, it } from 'vitest';
import { joinsScoringOnAssignment } from './late-arrival.ts';

describe('a late assessment joins scoring when its team is assigned', () => {
  it('joins while the cycle scores or moderates, waits before, and never after publication', () => {
    expect(['draft', 'open', 'scoring', 'moderation', 'published', 'closed'].filter(joinsScoringOnAssignment)).toEqual([
      'scoring',
      'moderation',
    ]);
  });
});
