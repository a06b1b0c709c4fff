import { useTranslation } from 'react-i18next';
import { Button } from '../design/components/Button.tsx';
import { useLocaleSwitch } from './locale-switch.ts';

/** One button naming the other language in its own script, as bilingual government sites do. */
export function LanguageSwitch({ variant = 'ghost' }: { variant?: 'ghost' | 'secondary' }) {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocaleSwitch();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <Button
      variant={variant}
      lang={other}
      // The visible word (in its own language) is the name, as WCAG 2.5.3 asks; what it does is the description.
      title={t('header.switchToLabel')}
      data-testid="language-switch"
      onClick={() => setLocale(other)}
    >
      {t('header.switchTo')}
    </Button>
  );
}
