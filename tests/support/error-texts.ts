import { errors as enErrors } from '../../web/i18n/en/errors.ts';
import { errors as arErrors } from '../../web/i18n/ar/errors.ts';
import { excellenceErrors as enExcellence } from '../../web/i18n/en/excellence.ts';
import { excellenceErrors as arExcellence } from '../../web/i18n/ar/excellence.ts';
import { workshopErrors as enWorkshops } from '../../web/i18n/en/workshops.ts';
import { workshopErrors as arWorkshops } from '../../web/i18n/ar/workshops.ts';
import { improvement as enImprovement } from '../../web/i18n/en/improvement.ts';
import { improvement as arImprovement } from '../../web/i18n/ar/improvement.ts';
import { journeys as enJourneys } from '../../web/i18n/en/journeys.ts';
import { journeys as arJourneys } from '../../web/i18n/ar/journeys.ts';

type Tree = { readonly [key: string]: unknown };

function textAt(tree: Tree, dotted: string): string | undefined {
  let node: unknown = tree;
  for (const part of dotted.split('.')) node = node && typeof node === 'object' ? (node as Tree)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * Where the web app finds the text of an API message key `errors.<rest>`, per language: the
 * shared `errors` namespace, or a domain's own errors merged into it the way the pages do
 * (excellence and workshops at its root, improvement under `improvement`, journeys and cx
 * through JourneyError).
 */
function candidates(lang: 'en' | 'ar', rest: string): (string | undefined)[] {
  const [errors, excellence, workshops, improvement, journeys] =
    lang === 'en'
      ? [enErrors, enExcellence, enWorkshops, enImprovement, enJourneys]
      : [arErrors, arExcellence, arWorkshops, arImprovement, arJourneys];
  const own = /^(journeys|cx)\.(.+)$/.exec(rest);
  return [
    textAt(errors, rest),
    textAt(excellence, rest),
    textAt(workshops, rest),
    rest.startsWith('improvement.') ? textAt(improvement.errors, rest.slice('improvement.'.length)) : undefined,
    own ? textAt(journeys.errors, own[2]!) : undefined,
  ];
}

/** True when an API refusal's message key has a text in both English and Arabic. */
export function hasErrorText(messageKey: string): boolean {
  if (!messageKey.startsWith('errors.')) return false;
  const rest = messageKey.slice('errors.'.length);
  return (['en', 'ar'] as const).every((lang) => candidates(lang, rest).some((t) => t !== undefined));
}
