import { describe, it, expect } from 'vitest';
import { nearlyEqual, atLeast, presentScore } from './score-precision.ts';

describe('score precision', () => {
  it('treats floating-point drift as equal', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(80, 80.01)).toBe(false);
  });

  it('atLeast tolerates drift below the threshold', () => {
    expect(atLeast(74.99999999, 75)).toBe(true);
    expect(atLeast(74.9, 75)).toBe(false);
  });

  it('rounds to one decimal only for presentation, halves away from zero', () => {
    expect(presentScore(82.45)).toBe(82.5);
    expect(presentScore(82.44)).toBe(82.4);
    expect(presentScore(61.428571)).toBe(61.4);
    expect(presentScore(-2.25)).toBe(-2.3);
    expect(presentScore(523.456, 2)).toBe(523.46);
  });
});
