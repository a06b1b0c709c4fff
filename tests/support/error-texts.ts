import { namespaces } from '../../web/i18n/namespaces.ts';

type Tree = { readonly [key: string]: unknown };

function textAt(tree: Tree, dotted: string): string | undefined {
  let node: unknown = tree;
  for (const part of dotted.split('.')) node = node && typeof node === 'object' ? (node as Tree)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * True when an API refusal's message key has a text in both English and Arabic, looked up in the
 * `errors` namespace exactly as the web app builds it (shared texts plus every domain's refusals).
 */
export function hasErrorText(messageKey: string): boolean {
  if (!messageKey.startsWith('errors.')) return false;
  const rest = messageKey.slice('errors.'.length);
  return (['en', 'ar'] as const).every((lang) => textAt(namespaces.errors[lang] as Tree, rest) !== undefined);
}
