import { useTranslation } from 'react-i18next';
import { defaultLocale, intlLocale, isLocale } from '../../i18n/locale.ts';

/** A year in the interface's digits without a thousands separator (٢٠٢٦, not ٢٬٠٢٦). */
export function useYearText(): (year: number) => string {
  const { i18n } = useTranslation();
  const formatter = new Intl.NumberFormat(intlLocale[isLocale(i18n.language) ? i18n.language : defaultLocale], { useGrouping: false });
  return (year) => formatter.format(year);
}
