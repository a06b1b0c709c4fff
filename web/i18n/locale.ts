export const locales = ['ar', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Arabic first: the product serves Gulf government entities. */
export const defaultLocale: Locale = 'ar';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The Intl locale behind each UI language. Arabic uses Qatar's conventions, which means
 * Arabic-Indic digits (٠١٢٣) everywhere numbers and dates are shown in Arabic; the calendar
 * is pinned to Gregorian in the formatters so cycles and deadlines read the same in both.
 */
export const intlLocale: Record<Locale, string> = { ar: 'ar-QA', en: 'en-GB' };

const storageKey = 'tamayuz.locale';

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The document follows the language so the browser, screen readers and CSS logical properties mirror. */
export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
