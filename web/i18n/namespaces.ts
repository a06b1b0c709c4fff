import type { Locale } from './locale.ts';
import { en } from './catalogues/en.ts';
import { ar } from './catalogues/ar.ts';

type English = typeof en;
type Arabic = typeof ar;

export type NamespaceResources = Record<Locale, object>;

/**
 * Every translation namespace in both languages side by side, for code that checks one against
 * the other (tests, the API's message keys). The app itself loads one language at a time
 * (web/i18n/catalogue.ts); a domain adds its namespace in catalogues/en.ts and catalogues/ar.ts.
 */
export const namespaces = Object.fromEntries((Object.keys(en) as (keyof English)[]).map((ns) => [ns, { en: en[ns], ar: ar[ns] }])) as {
  [K in keyof English]: { en: English[K]; ar: Arabic[K] };
};

export type Namespace = keyof English;
