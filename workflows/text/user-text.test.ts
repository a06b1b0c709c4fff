import { describe, expect, it } from 'vitest';
import { bilingualText, freeText, hasVisibleCharacter, requiredText, titleText } from './user-text.ts';

const issue = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues[0]!.message);

describe('user text', () => {
  it('finds nothing visible in zero-width, bidi, filler and combining-only text', () => {
    for (const t of [
      '',
      ' ',
      '\u200B\u200C\u200D',
      '\u202A\u202B\u202C\u202D\u202E',
      '\u2066\u2067\u2068\u2069',
      '\u200E\u200F\u061C',
      '\uFEFF\u00AD',
      '\u3164\u115F\u2800',
      '\u064B\u0651',
      '\uFE0F',
      '\u00A0\u2003\u3000',
    ]) {
      expect(hasVisibleCharacter(t), JSON.stringify(t)).toBe(false);
    }
    for (const t of ['a', 'خطة', '\u200Fخطة\u200F', '٣', '😀', '-']) expect(hasVisibleCharacter(t), t).toBe(true);
  });

  it('trims titles and refuses controls, line breaks and invisible-only text with keys', () => {
    expect(titleText().parse('  Plan 2026  ')).toBe('Plan 2026');
    expect(issue(titleText().safeParse('a\u0000b'))).toBe('errors.text.controlCharacter');
    expect(issue(titleText().safeParse('two\nlines'))).toBe('errors.text.controlCharacter');
    expect(issue(titleText().safeParse('\u202E\u200B'))).toBe('errors.text.noVisibleCharacter');
    expect(issue(titleText().safeParse('   '))).toBe('errors.text.noVisibleCharacter');
    expect(titleText(5).safeParse('toolong').success).toBe(false);
    expect(issue(bilingualText().safeParse({ ar: '\u200F', en: '\u200B ' }))).toBe('errors.text.oneLanguageRequired');
    // Either language is enough: the blank side takes the other's text.
    expect(bilingualText().parse({ ar: 'ورشة', en: '' })).toEqual({ ar: 'ورشة', en: 'ورشة' });
    expect(bilingualText().parse({ ar: ' \u200F', en: 'Workshop' })).toEqual({ ar: 'Workshop', en: 'Workshop' });
    expect(issue(bilingualText().safeParse({ ar: 'a\nb', en: 'ok' }))).toBe('errors.text.controlCharacter');
  });

  it('lets free text span lines and be empty, but not carry controls', () => {
    expect(freeText().parse(' line one\r\n\tline two ')).toBe('line one\r\n\tline two');
    expect(freeText().parse('')).toBe('');
    expect(issue(freeText().safeParse('bell\u0007'))).toBe('errors.text.controlCharacter');
    expect(issue(requiredText().safeParse('\u200B'))).toBe('errors.text.noVisibleCharacter');
  });
});
