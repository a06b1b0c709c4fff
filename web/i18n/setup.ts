import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue, type CataloguePart } from './catalogue.ts';
import { interpolationFormat } from './interpolation-format.ts';
import { applyDocumentLocale, defaultLocale, isLocale, locales, storedLocale, type Locale } from './locale.ts';

/**
 * i18next's way to fetch a language it does not hold yet: `changeLanguage` waits for every
 * namespace of the new language before it switches, so the screen goes from one whole language
 * to the other and never shows a raw key.
 */
/** Which part of a language's texts the interface holds: the first screens' until a page needs more. */
let part: CataloguePart = 'first';

const catalogueBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLocale(language)) return callback(new Error(`no texts for language ${language}`), false);
    loadCatalogue(language, part).then(
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
 * Fetches the starting language's first-screen texts (that language only, catalogues/en-first.ts) and
 * starts i18next with them, so the first render is already translated. Call
 * `loadCatalogue(initialLocale(), 'first')` earlier to overlap the fetch.
 */
export async function initI18n(lng: Locale = initialLocale()): Promise<typeof i18next> {
  const catalogue = await loadCatalogue(lng, 'first');
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
  await loadAllTexts();
  await i18next.loadLanguages([...locales]);
  return null;
}

/** Resolves once i18next has started: route loaders and lazy pages start with the router, which may be earlier (web/main.tsx). */
async function initialized(): Promise<void> {
  if (!i18next.isInitialized) await new Promise((resolve) => i18next.on('initialized', resolve));
}

let allTexts: Promise<void> | null = null;

/**
 * Every namespace of the languages held, for pages beyond the first screens (web/app/lazy-page.ts)
 * and for a refusal the first part lacks (ErrorMessage); later language switches fetch them all.
 */
export function loadAllTexts(): Promise<void> {
  if (!allTexts) {
    part = 'all';
    allTexts = (async () => {
      await initialized();
      // The current language, and the other one if the user switched to it and back.
      const held = locales.filter((locale) => i18next.hasResourceBundle(locale, 'common'));
      const catalogues = await Promise.all(held.map(async (locale) => [locale, await loadCatalogue(locale, 'all')] as const));
      for (const [locale, catalogue] of catalogues) {
        // Deep and overwriting: `errors` gains each domain's refusals beside the shared ones.
        for (const [namespace, texts] of Object.entries(catalogue)) i18next.addResourceBundle(locale, namespace, texts, true, true);
      }
      // Registers every namespace, so a language switch from now on fetches them all.
      await i18next.loadNamespaces(Object.keys(catalogues[0]?.[1] ?? {}));
    })();
    allTexts.catch(() => {
      allTexts = null;
    });
  }
  return allTexts;
}
