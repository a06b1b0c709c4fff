import { useTranslation } from 'react-i18next';
import { AdminTextField } from './AdminTextField.tsx';

export interface BilingualNameFieldsProps {
  nameAr: string;
  nameEn: string;
  /** API paths of the two names, where they are not `nameAr` / `nameEn` (e.g. `name.ar`). */
  paths?: { ar: string; en: string };
  fieldError(path: string): string | undefined;
  onChange(patch: { nameAr?: string; nameEn?: string }): void;
}

/** The Arabic and the English name of a reference record, each typed in its own direction. */
export function BilingualNameFields({
  nameAr,
  nameEn,
  paths = { ar: 'nameAr', en: 'nameEn' },
  fieldError,
  onChange,
}: BilingualNameFieldsProps) {
  const { t } = useTranslation('registry');
  return (
    <>
      <AdminTextField
        label={t('common.nameAr')}
        path={paths.ar}
        value={nameAr}
        dir="rtl"
        lang="ar"
        fieldError={fieldError}
        onChange={(v) => onChange({ nameAr: v })}
      />
      <AdminTextField
        label={t('common.nameEn')}
        path={paths.en}
        value={nameEn}
        dir="ltr"
        lang="en"
        fieldError={fieldError}
        onChange={(v) => onChange({ nameEn: v })}
      />
    </>
  );
}
