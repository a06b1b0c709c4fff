import i18next, { type TFunction } from 'i18next';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { interpolationFormat } from '../../web/i18n/interpolation-format.ts';
import { locales, type Locale } from '../../web/i18n/locale.ts';

/**
 * The web app's texts as the app says them (plural forms, numbers through format.ts), for tests
 * that look for a sentence on a page: `textIn('ar')('workshops:board.votes', { count: 2 })`.
 */
const instance = i18next.createInstance();
instance.use(interpolationFormat);
void instance.init({
  lng: 'ar',
  fallbackLng: false,
  initAsync: false,
  ns: Object.keys(namespaces),
  resources: Object.fromEntries(locales.map((l) => [l, Object.fromEntries(Object.entries(namespaces).map(([ns, r]) => [ns, r[l]]))])),
  interpolation: { escapeValue: false, alwaysFormat: true },
});

export function textIn(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
