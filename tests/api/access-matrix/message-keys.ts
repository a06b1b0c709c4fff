import { namespaces } from '../../../web/i18n/namespaces.ts';
import { excellenceErrors as enExcellence } from '../../../web/i18n/en/excellence.ts';
import { excellenceErrors as arExcellence } from '../../../web/i18n/ar/excellence.ts';
import { workshopErrors as enWorkshops } from '../../../web/i18n/en/workshops.ts';
import { workshopErrors as arWorkshops } from '../../../web/i18n/ar/workshops.ts';

function lookup(resources: object, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    resources,
  );
}

const extra = { en: [enExcellence, enWorkshops], ar: [arExcellence, arWorkshops] } as const;

/**
 * Whether the web can show `errors.<rest>` in a locale: from the shared `errors` namespace, the
 * refusals excellence and workshops merge into it, or a domain namespace's own `errors`
 * block (`errors.journeys.x` and `errors.cx.x` in journeys, `errors.improvement.x` in improvement).
 */
export function hasMessage(key: string, locale: 'en' | 'ar'): boolean {
  if (!key.startsWith('errors.')) return false;
  const rest = key.slice('errors.'.length).split('.');
  const sources: object[] = [namespaces.errors[locale], ...extra[locale]];
  if (sources.some((s) => typeof lookup(s, rest) === 'string')) return true;
  const [ns, ...tail] = rest;
  const domain = ns === 'cx' ? 'journeys' : ns;
  const resources = namespaces[domain as keyof typeof namespaces]?.[locale];
  return resources !== undefined && typeof lookup(resources, ['errors', ...tail]) === 'string';
}
