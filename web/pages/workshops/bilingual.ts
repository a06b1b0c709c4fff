import { useTranslation } from 'react-i18next';

export interface Bilingual {
  ar: string;
  en: string;
}

/** Picks the user's language from a bilingual text the API sends. */
export function useBilingual(): (text: Bilingual | null | undefined) => string {
  const { i18n } = useTranslation();
  return (text) => (text ? (i18n.language === 'en' ? text.en : text.ar) : '');
}
