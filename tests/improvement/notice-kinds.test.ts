import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { escalationNotices } from '../../workflows/improvement/escalation.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every literal `<domain>.notices.<key>` the API sends, plus the escalation kinds built from a level. */
function emittedKinds(): string[] {
  const kinds = new Set<string>();
  for (const file of sourceFiles(join(import.meta.dirname, '../../api'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['`]([a-z]+\.notices\.[A-Za-z]+)['`]/g)) kinds.add(m[1]!);
  }
  for (const n of escalationNotices(0, 2, 'ent-x')) kinds.add(n.messageKey);
  return [...kinds].sort();
}

function lookup(resources: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), resources);
}

describe('inbox notice kinds', () => {
  const kinds = emittedKinds();

  it('finds the kinds the domains send', () => {
    expect(kinds).toEqual(
      expect.arrayContaining([
        'improvement.notices.dueSoon',
        'improvement.escalation.level1',
        'workshops.notices.phaseChanged',
        'excellence.notices.published',
      ]),
    );
  });

  it.each(['en', 'ar'] as const)('translates every one in %s', (locale) => {
    // The inbox reads `ns.rest` as key `rest` of namespace `ns`.
    const missing = kinds.filter((kind) => {
      const [ns, ...rest] = kind.split('.');
      const resources = namespaces[ns as keyof typeof namespaces]?.[locale];
      return !resources || typeof lookup(resources, rest.join('.')) !== 'string';
    });
    expect(missing).toEqual([]);
  });
});
