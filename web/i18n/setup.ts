import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue } from './catalogue.ts';
import { interpolationFormat } from './interpolation-format.ts';
import { applyDocumentLocale, defaultLocale, isLocale, locales, storedLocale, type Locale } from './locale.ts';

/**
 * i18next's way to fetch a language it does not hold yet: `changeLanguage` waits for every
 * namespace of the new language before it switches, so the screen goes from one whole language
 * to the other and never shows a raw key.
 */
const catalogueBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLocale(language)) return callback(new Error(`no texts for language ${language}`), false);
    loadCatalogue(language).then(
      (catalogue) => callback(null, (catalogue[namespace] ?? {}) as never),
      (error: Error) => callback(error, false),
    );
  },
};

/** The language the interface starts in: the visitor's stored choice, else Arabic. */
export function initialLocale(): Locale {
  return storedLocale() ?? defaultLocale;
}

/**
 * Fetches the starting language's texts (that language only) and starts i18next with them, so the
 * first render is already translated. Call `loadCatalogue(initialLocale())` earlier to overlap the fetch.
 */
export async function initI18n(lng: Locale = initialLocale()): Promise<typeof i18next> {
  const catalogue = await loadCatalogue(lng);
  i18next.on('languageChanged', (language) => {
    if (!isLocale(language)) return;
    applyDocumentLocale(language);
    document.title = i18next.t('common:app.documentTitle');
  });
  await i18next
    .use(catalogueBackend)
    .use(interpolationFormat)
    .use(initReactI18next)
    .init({
      lng,
      // No fallback language: it would be downloaded too, and Arabic is typed key for key against English.
      fallbackLng: false,
      supportedLngs: [...locales],
      ns: Object.keys(catalogue),
      defaultNS: 'common',
      resources: { [lng]: catalogue },
      // The other language comes from the backend when the user switches to it.
      partialBundledLanguages: true,
      // React escapes already; every interpolated number is written by format.ts (interpolation-format.ts).
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  applyDocumentLocale(lng);
  document.title = i18next.t('common:app.documentTitle');
  return i18next;
}

/**
 * Route loader of the pages written in both languages at once (the printable bilingual reports):
 * the other language's texts arrive before the page renders, whichever language the interface is in.
 */
export async function loadBothLanguages(): Promise<null> {
  // Loaders start with the router, which may be before i18next has finished starting (web/main.tsx).
  if (!i18next.isInitialized) await new Promise((resolve) => i18next.on('initialized', resolve));
  await i18next.loadLanguages([...locales]);
  return null;
}
