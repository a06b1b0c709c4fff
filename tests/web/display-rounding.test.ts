import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../web/i18n/format.ts';

// Every displayed score and percentage goes through presentScore (workflows/excellence/score-precision.ts)
// and then the locale's number format, so the rounding is the documented one and digits follow the language.
describe('display rounding through the locale formatter', () => {
  const en = formattersFor('en');
  const ar = formattersFor('ar');

  it('rounds a score to one decimal, halves away from zero', () => {
    expect(en.score(82.45)).toBe('82.5');
    expect(en.score(61.428571)).toBe('61.4');
    // Math.round(-22.5) / 10 would give -2.2.
    expect(en.score(-2.25)).toBe('-2.3');
  });

  it('rounds to the decimals asked for, tolerant of floating-point drift', () => {
    // 1.005 is stored as 1.00499999…: Math.round(1.005 * 100) / 100 would show 1.
    expect(en.score(1.005, 2)).toBe('1.01');
    expect(en.score(523.456, 2)).toBe('523.46');
  });

  it('shows a share (0–1) as a percentage figure', () => {
    expect(en.share(0.4567)).toBe('45.7');
    // 0.285 * 100 is 28.499999…: Math.round would show 28.
    expect(en.share(0.285, 0)).toBe('29');
  });

  it('writes the digits of the interface language', () => {
    expect(ar.score(82.45)).toBe('٨٢٫٥');
    expect(ar.share(0.4567)).toBe('٤٥٫٧');
  });
});
