import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLocale, isLocale, type Locale } from './locale.ts';

/** A text the API keeps in both languages (names, titles, guidance). */
export interface Bilingual {
  ar: string;
  en: string;
}

/** The interface language as a locale; Arabic until i18next reports a supported one. */
export function localeOf(language: string): Locale {
  return isLocale(language) ? language : defaultLocale;
}

/** The interface language, for code that needs the key itself (editing one side of a bilingual text). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.language);
}

/**
 * The one rule for showing a bilingual text: the viewer's language, else the other language,
 * so a name entered in one language only still shows instead of a blank.
 */
export function pickBilingual(text: Bilingual | null | undefined, locale: Locale): string {
  if (!text) return '';
  // Documents imported as JSON may lack a side; treat it as empty rather than fail.
  const own = text[locale] ?? '';
  return own.trim() !== '' ? own : (text[locale === 'ar' ? 'en' : 'ar'] ?? '');
}

/** `pickBilingual` bound to the interface language; follows the language switch. */
export function useBilingual(): (text: Bilingual | null | undefined) => string {
  const locale = useLocale();
  return useCallback((text: Bilingual | null | undefined) => pickBilingual(text, locale), [locale]);
}
