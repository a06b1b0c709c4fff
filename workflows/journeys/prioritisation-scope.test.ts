import { describe, it, expect } from 'vitest';
import { channelShare, daysInPeriod, scopedVolume } from './prioritisation-scope.ts';

describe('prioritisation scope', () => {
  it('counts the days of a period, both ends included', () => {
    expect(daysInPeriod('2026-09-01', '2026-09-30')).toBe(30);
    expect(daysInPeriod('2026-02-01', '2026-03-01')).toBe(29); // 28 February days + 1 March
    expect(daysInPeriod('2026-09-02', '2026-09-01')).toBe(0);
  });

  it('takes a channel share from the survey mix, else an even split of the offered channels', () => {
    // 30 web answers of 30 + 10 counter = 40 → 0.75.
    expect(channelShare('web', { web: 30, counter: 10 }, ['counter'])).toEqual({ share: 0.75, source: 'survey_mix' });
    expect(channelShare('app', {}, ['counter', 'web', 'app', 'kiosk'])).toEqual({ share: 0.25, source: 'catalogue_channels' });
    expect(channelShare('mail', {}, ['counter'])).toEqual({ share: 0, source: 'not_offered' });
    expect(channelShare(null, { web: 3 }, ['web'])).toEqual({ share: 1, source: 'all_channels' });
  });

  it('prorates the yearly volume to the period and the channel', () => {
    // 73,000 a year × 30/365 days × 0.5 = 6,000 × 0.5 = 3,000.
    expect(scopedVolume(73_000, 30, 0.5)).toBe(3000);
    expect(scopedVolume(73_000, null, 1)).toBe(73_000);
  });
});
