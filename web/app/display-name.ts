import { useTranslation } from 'react-i18next';

/** People and entities carry both names; show the one in the interface language. */
export function useDisplayName(user: { displayNameAr: string; displayNameEn: string }): string {
  const { i18n } = useTranslation();
  return i18n.language === 'ar' ? user.displayNameAr : user.displayNameEn;
}

export function useLocalName(): (named: { nameAr: string; nameEn: string }) => string {
  const { i18n } = useTranslation();
  return (named) => (i18n.language === 'ar' ? named.nameAr : named.nameEn);
}
