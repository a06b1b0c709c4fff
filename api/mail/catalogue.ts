import i18next, { type TFunction } from 'i18next';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { isLocale, locales, type Locale } from '../../web/i18n/locale.ts';

/**
 * The web's message catalogues, loaded once on the server: a mail says exactly what the inbox
 * says, in the same words, and a text added for the web is at once available to mail.
 */
const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: false,
  supportedLngs: [...locales],
  ns: Object.keys(namespaces),
  defaultNS: 'mail',
  resources: Object.fromEntries(
    locales.map((locale) => [locale, Object.fromEntries(Object.entries(namespaces).map(([ns, r]) => [ns, r[locale]]))]),
  ),
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** `improvement.escalation.level1` → `improvement:escalation.level1` (the inbox reads kinds the same way). */
export function catalogueKey(kind: string): string {
  const dot = kind.indexOf('.');
  return dot < 0 ? kind : `${kind.slice(0, dot)}:${kind.slice(dot + 1)}`;
}

/** The mail language of a person: their stored locale when it is one we speak, else Arabic. */
export function mailLocale(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : 'ar';
}

/** The translator for one language. */
export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/** Whether `key` (namespace:path) has a text in `locale`; no raw key may reach a mail. */
export function hasText(locale: Locale, key: string): boolean {
  return instance.exists(key, { lng: locale });
}
