/** A person's name in their own language, for the greeting of a mail to them. */
export function displayName(user: { locale: string; display_name_ar: string; display_name_en: string }): string {
  return user.locale === 'en' ? user.display_name_en : user.display_name_ar;
}
