import type { Locale } from './locale.ts';

/** One language's namespaces, as i18next takes them. */
export type Catalogue = Readonly<Record<string, object>>;

/** `first`: what the sign-in page, the shell and the homes read (catalogues/en-first.ts); `all`: everything. */
export type CataloguePart = 'first' | 'all';

// Literal imports, one chunk per language and part: the interface downloads only the language it
// shows, and the first screen only the part it reads (`all` reuses the `first` chunk it contains).
const loaders: Record<Locale, Record<CataloguePart, () => Promise<Catalogue>>> = {
  en: {
    first: () => import('./catalogues/en-first.ts').then((m) => m.enFirst),
    all: () => import('./catalogues/en.ts').then((m) => m.en),
  },
  ar: {
    first: () => import('./catalogues/ar-first.ts').then((m) => m.arFirst),
    all: () => import('./catalogues/ar.ts').then((m) => m.ar),
  },
};

const loading = new Map<string, Promise<Catalogue>>();

/** A language's texts, fetched once; a failed fetch (network) is forgotten so the next call retries. */
export function loadCatalogue(locale: Locale, part: CataloguePart = 'all'): Promise<Catalogue> {
  const key = `${locale}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[locale][part]();
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}
