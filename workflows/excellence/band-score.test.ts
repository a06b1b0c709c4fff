import { describe, it, expect } from 'vitest';
import { isBandScore, assertBandScore, snapToStep, bandFor } from './band-score.ts';
import { standardBands } from './framework.fixture.ts';

const scheme = { step: 5 as const, bands: standardBands };

describe('band scores', () => {
  it('accepts multiples of 5 within 0..100 only', () => {
    expect([0, 5, 50, 100].map((s) => isBandScore(s))).toEqual([true, true, true, true]);
    expect([-5, 3, 52.5, 105, Number.NaN].map((s) => isBandScore(s))).toEqual([false, false, false, false, false]);
  });

  it('assertBandScore throws for an invalid score', () => {
    expect(assertBandScore(45)).toBe(45);
    expect(() => assertBandScore(47)).toThrow(RangeError);
  });

  it('snaps to the nearest step, halves up, clamped', () => {
    expect(snapToStep(72.4)).toBe(70);
    expect(snapToStep(72.5)).toBe(75);
    expect(snapToStep(-3)).toBe(0);
    expect(snapToStep(101)).toBe(100);
    expect(snapToStep(98)).toBe(100);
  });

  it('finds the band of a score, a percent between bands falling into the lower one', () => {
    expect(bandFor(scheme, 0).label.en).toBe('No evidence');
    expect(bandFor(scheme, 25).label.en).toBe('Limited');
    expect(bandFor(scheme, 27.5).label.en).toBe('Limited');
    expect(bandFor(scheme, 30).label.en).toBe('Developing');
    expect(bandFor(scheme, 100).label.en).toBe('Leading');
  });
});
