import { useTranslation } from 'react-i18next';
import { workshopErrors as enErrors } from '../../i18n/en/workshops.ts';
import { workshopErrors as arErrors } from '../../i18n/ar/workshops.ts';

/**
 * The workshop and bundle refusals live with the domain's own translations; they are merged
 * into the shared `errors` namespace (deep, never overwriting) so ErrorMessage finds them.
 */
export function useWorkshopErrors(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'errors') || i18n.exists('errors:workshops.notInPhase')) return;
  i18n.addResourceBundle('en', 'errors', enErrors, true, false);
  i18n.addResourceBundle('ar', 'errors', arErrors, true, false);
}
