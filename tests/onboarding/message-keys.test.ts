import { describe, expect, it } from 'vitest';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { fileMessageKeys, onboardingMessageKeys } from '../../workflows/onboarding/row-problem.ts';

/** The text at a dotted path of a translation tree, or undefined. */
function textAt(tree: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

describe('onboarding refusals', () => {
  it('have a text in English and Arabic for every reason a row or a file is refused', () => {
    const keys = [
      ...Object.values(onboardingMessageKeys),
      ...Object.values(fileMessageKeys),
      'errors.onboarding.not_base64',
      'errors.onboarding.list_unavailable',
    ];
    const missing = keys.flatMap((key) =>
      (['en', 'ar'] as const)
        .filter((l) => typeof textAt(namespaces.errors[l], key.replace(/^errors\./, '')) !== 'string')
        .map((l) => `${l}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
