import type { Locale } from './locale.ts';

/** One language's namespaces, as i18next takes them. */
export type Catalogue = Readonly<Record<string, object>>;

// Literal imports, one chunk per language: the interface downloads only the language it shows.
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('./catalogues/en.ts').then((m) => m.en),
  ar: () => import('./catalogues/ar.ts').then((m) => m.ar),
};

const loading = new Map<Locale, Promise<Catalogue>>();

/** A language's texts, fetched once; a failed fetch (network) is forgotten so the next call retries. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]();
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
