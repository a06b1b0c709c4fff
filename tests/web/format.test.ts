import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../web/i18n/format.ts';

describe('formattersFor', () => {
  it('writes Arabic numbers in Arabic-Indic digits and English ones in Latin digits', () => {
    // 60000 in ar-QA: ٦٠٬٠٠٠ (Arabic thousands separator U+066C); in en-GB: 60,000.
    expect(formattersFor('ar').number(60_000)).toBe('٦٠٬٠٠٠');
    expect(formattersFor('en').number(60_000)).toBe('60,000');
  });

  it('keeps the Gregorian calendar in Arabic', () => {
    const at = '2026-11-25T09:00:00Z';
    // 25 November 2026 stays 25/11/2026 (not a Hijri date) in Arabic-Indic digits.
    expect(formattersFor('ar').date(at)).toContain('٢٠٢٦');
    expect(formattersFor('en').date(at)).toBe('25 Nov 2026');
  });

  it('says how long ago, in the chosen language', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    // 12:00 − 11:57 = 3 minutes earlier.
    expect(formattersFor('en').relative('2026-11-25T11:57:00Z', now)).toBe('3 minutes ago');
    // 12:00 − 10:00 = 2 hours: Arabic uses the dual form.
    expect(formattersFor('ar').relative('2026-11-25T10:00:00Z', now)).toBe('قبل ساعتين');
    // Past a week the date itself is clearer: 25 − 10 = 15 days.
    expect(formattersFor('en').relative('2026-11-10T12:00:00Z', now)).toBe('10 Nov 2026');
  });

  it('falls back to Arabic for an unknown language', () => {
    expect(formattersFor('fr').number(7)).toBe('٧');
  });
});
