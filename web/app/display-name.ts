import { useBilingual } from '../i18n/bilingual.ts';

/** People carry both names in two columns; shown by the one bilingual rule (web/i18n/bilingual.ts). */
export function useDisplayName(user: { displayNameAr: string; displayNameEn: string }): string {
  return useBilingual()({ ar: user.displayNameAr, en: user.displayNameEn });
}

/** Entities, centres and assessors carry `nameAr`/`nameEn`; shown by the same rule. */
export function useLocalName(): (named: { nameAr: string; nameEn: string }) => string {
  const pick = useBilingual();
  return (named) => pick({ ar: named.nameAr, en: named.nameEn });
}
