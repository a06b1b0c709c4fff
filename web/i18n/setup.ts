import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDocumentLocale, defaultLocale, isLocale, locales, storedLocale, type Locale } from './locale.ts';
import { namespaces } from './namespaces.ts';

function resources() {
  const byLocale = {} as Record<Locale, Record<string, object>>;
  for (const locale of locales) {
    byLocale[locale] = Object.fromEntries(Object.entries(namespaces).map(([ns, r]) => [ns, r[locale]]));
  }
  return byLocale;
}

/** Synchronous: every resource is bundled, so the first render is already translated. */
export function initI18n(): typeof i18next {
  const lng = storedLocale() ?? defaultLocale;
  i18next.on('languageChanged', (language) => {
    if (!isLocale(language)) return;
    applyDocumentLocale(language);
    document.title = i18next.t('common:app.documentTitle');
  });
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...locales],
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    resources: resources(),
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
    returnNull: false,
  });
  applyDocumentLocale(lng);
  document.title = i18next.t('common:app.documentTitle');
  return i18next;
}
