import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchesTerms, searchFold, searchRank, searchTerms } from './search-fold.ts';

describe('searchFold', () => {
  it('finds Arabic spelling variants of one word both ways', () => {
    expect(matchesTerms(['مستشفى حمد'], searchTerms('مستشفي'))).toBe(true);
    expect(matchesTerms(['فجوة في الخدمة'], searchTerms('فجوه'))).toBe(true);
    expect(matchesTerms(['فجوه'], searchTerms('فجوة'))).toBe(true);
    expect(matchesTerms(['إدارة الجوازات'], searchTerms('اداره'))).toBe(true);
    expect(matchesTerms(['فَجْوَة'], searchTerms('فجوة'))).toBe(true);
    expect(matchesTerms(['GAP-2026-0042'], searchTerms('gap-٢٠٢٦'))).toBe(true);
    expect(matchesTerms(['Registry'], searchTerms('REGISTRY'))).toBe(true);
  });

  it('asks for every word, in any order, across names and codes', () => {
    expect(matchesTerms(['تسجيل مولود', 'Registering a newborn'], searchTerms('newborn تسجيل'))).toBe(true);
    expect(matchesTerms(['تسجيل مولود'], searchTerms('تسجيل وفاة'))).toBe(false);
  });

  it('ranks an exact code above a name that starts with the query above one that contains it', () => {
    const terms = searchTerms('moi');
    expect(searchRank({ code: 'MOI', names: [] }, terms)).toBe(3);
    expect(searchRank({ code: 'X', names: ['Moi services'] }, terms)).toBe(2);
    expect(searchRank({ code: 'X', names: ['the moi'] }, terms)).toBe(1);
    expect(searchRank({ code: 'X', names: ['other'] }, terms)).toBe(0);
  });

  it('is idempotent, and a text always finds itself however its letters vary', () => {
    const letter = fc.constantFrom('ا', 'أ', 'إ', 'آ', 'ى', 'ي', 'ة', 'ه', 'ب', 'ت', ' ', 'A', 'b', '٣', '3', 'َ');
    fc.assert(
      fc.property(
        fc.array(letter, { maxLength: 30 }).map((a) => a.join('')),
        (text) => {
          expect(searchFold(searchFold(text))).toBe(searchFold(text));
          expect(matchesTerms([text], searchTerms(text))).toBe(true);
        },
      ),
    );
  });
});
