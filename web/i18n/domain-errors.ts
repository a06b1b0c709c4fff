import type { Locale } from './locale.ts';

/** A tree of message texts, as a translation module holds them. */
export type Texts = { readonly [key: string]: string | Texts };

/** One domain's refusal texts in both languages. */
export type DomainErrorTexts = Record<Locale, Texts>;

/** `extra`'s keys added where `base` lacks them, deeply; `base` wins where both define a key. */
function addMissing(base: Texts, extra: Texts): Texts {
  const merged: Record<string, string | Texts> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const own = merged[key];
    if (own === undefined) merged[key] = value;
    else if (typeof own === 'object' && typeof value === 'object') merged[key] = addMissing(own, value);
  }
  return merged;
}

/**
 * The `errors` namespace in one language: the shared texts plus every domain's refusals under
 * the prefix the API uses (`errors.<prefix>.<reason>`), so ErrorMessage finds any refusal on any
 * screen. Domains keep their refusal texts beside their other texts; this is the one place they
 * join the shared ones, when a language's catalogue is built (web/i18n/catalogues/).
 */
export function joinDomainErrors(shared: Texts, domains: Record<string, Texts>): Texts {
  return Object.entries(domains).reduce((merged, [prefix, texts]) => addMissing(merged, { [prefix]: texts }), shared);
}

/** `joinDomainErrors` for domain texts given in both languages. */
export function withDomainErrors(shared: Texts, domains: Record<string, DomainErrorTexts>, locale: Locale): Texts {
  return joinDomainErrors(shared, Object.fromEntries(Object.entries(domains).map(([prefix, texts]) => [prefix, texts[locale]])));
}
