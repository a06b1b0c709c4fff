import { useTranslation } from 'react-i18next';
import { excellenceErrors as enErrors } from '../../i18n/en/excellence.ts';
import { excellenceErrors as arErrors } from '../../i18n/ar/excellence.ts';

/**
 * The excellence refusals live with the domain's translations; they are merged into the
 * shared `errors` namespace (deep, never overwriting) so ErrorMessage finds them.
 */
export function useExcellenceErrors(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'errors') || i18n.exists('errors:excellence.leadOnly')) return;
  i18n.addResourceBundle('en', 'errors', enErrors, true, false);
  i18n.addResourceBundle('ar', 'errors', arErrors, true, false);
}
