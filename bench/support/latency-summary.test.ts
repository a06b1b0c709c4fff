import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './latency-summary.ts';

describe('percentile', () => {
  const tenSamples = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it('takes the nearest rank', () => {
    expect(percentile(tenSamples, 50)).toBe(5); // rank ceil(0.50 * 10) = 5
    expect(percentile(tenSamples, 99)).toBe(10); // rank ceil(0.99 * 10) = 10
    expect(percentile(tenSamples, 11)).toBe(2); // rank ceil(0.11 * 10) = 2
    expect(percentile(tenSamples, 0)).toBe(1); // rank 0 clamps to the first sample
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts the samples and divides the count by the window', () => {
    // 4 requests in 2000 ms = 2 per second; sorted 1, 3, 7, 40: p50 rank ceil(2) = 2 → 3, p99 rank ceil(3.96) = 4 → 40.
    expect(summarize([40, 3, 1, 7], 2000)).toEqual({ count: 4, perSecond: 2, p50Ms: 3, p99Ms: 40 });
  });
});
