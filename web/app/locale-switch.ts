import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc/client.ts';
import { isLocale, storeLocale, type Locale } from '../i18n/locale.ts';
import { useSession } from './session.ts';

/** Current language and a setter that persists it in the browser and, when signed in, on the account. */
export function useLocaleSwitch(): { locale: Locale; setLocale(locale: Locale): void } {
  const { i18n } = useTranslation();
  const trpc = useTRPC();
  const session = useSession();
  const save = useMutation(trpc.auth.setLocale.mutationOptions());
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'ar';
  return {
    locale,
    setLocale(next) {
      storeLocale(next);
      void i18n.changeLanguage(next);
      if (session.data) save.mutate({ locale: next });
    },
  };
}
