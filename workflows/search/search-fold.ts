import { normalizeSearchText } from '../improvement/gap-query.ts';

/**
 * Letters Arabic writers use one for the other: alef maqsura for ya at a word's end, ta
 * marbuta written as ha, and Arabic-Indic digits for Latin ones. Folded one way both in the
 * text searched and in the query, so "مستشفى"/"مستشفي" and "فجوة"/"فجوه" find each other.
 */
const variantFrom = 'ىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹';
const variantTo = 'يه01234567890123456789';

/** The same pairs as a PostgreSQL `translate(text, from, to)` takes them (stored folds lack only these). */
export const sqlVariantFold = { from: variantFrom, to: variantTo } as const;

const variants = new Map([...variantFrom].map((c, i) => [c, variantTo[i]!]));

/** The gap register's fold (case, diacritics, tatweel, alef forms) plus the variant letters. */
export function searchFold(text: string): string {
  return [...normalizeSearchText(text)].map((c) => variants.get(c) ?? c).join('');
}

/** A query as the words every hit must hold, folded; at most 8, so a pasted paragraph stays cheap. */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      searchFold(query)
        .split(' ')
        .filter((w) => w !== ''),
    ),
  ].slice(0, 8);
}

/** Every term somewhere in one of the texts (a name in Arabic, its English, a code). */
export function matchesTerms(texts: readonly (string | null | undefined)[], terms: readonly string[]): boolean {
  const haystack = searchFold(texts.filter((t): t is string => !!t).join(' '));
  return terms.every((t) => haystack.includes(t));
}

/**
 * How well a hit answers: its code or a name equal to the query first, then one that starts
 * with it, then the rest; 0 for no match. Ties keep the kind's own order.
 */
export function searchRank(hit: { code?: string | null; names: readonly string[] }, terms: readonly string[]): number {
  if (terms.length === 0 || !matchesTerms([hit.code, ...hit.names], terms)) return 0;
  const whole = terms.join(' ');
  const fields = [hit.code, ...hit.names].filter((t): t is string => !!t).map(searchFold);
  if (fields.some((f) => f === whole)) return 3;
  if (fields.some((f) => f.startsWith(terms[0]!))) return 2;
  return 1;
}
