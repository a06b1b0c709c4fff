import { describe, it, expect } from 'vitest';
import { combineAttributes } from './attribute-scoring.ts';

const t = (en: string) => ({ ar: en, en });
const enabler = [
  { code: 'approach', name: t('Approach'), weight: 40 },
  { code: 'deployment', name: t('Deployment'), weight: 30 },
  { code: 'assessment', name: t('Assessment and refinement'), weight: 30 },
];

describe('combineAttributes', () => {
  it('is the weighted mean of the attribute scores', () => {
    // (70x40 + 50x30 + 30x30) / 100 = (2800 + 1500 + 900) / 100 = 52
    expect(combineAttributes(enabler, { approach: 70, deployment: 50, assessment: 30 })).toBe(52);
  });

  it('leaves a not-applicable attribute out and reweights the rest', () => {
    // (70x40 + 50x30) / 70 = 4300 / 70 = 61.428...
    expect(combineAttributes(enabler, { approach: 70, deployment: 50, assessment: null })).toBeCloseTo(61.428571, 5);
  });

  it('returns null when no attribute applies', () => {
    expect(combineAttributes(enabler, { approach: null, deployment: null, assessment: null })).toBeNull();
  });

  it('refuses a missing or off-band attribute score', () => {
    expect(() => combineAttributes(enabler, { approach: 70, deployment: 50 })).toThrow(/assessment/);
    expect(() => combineAttributes(enabler, { approach: 72, deployment: 50, assessment: 30 })).toThrow(RangeError);
  });
});
