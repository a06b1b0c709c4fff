import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { withDomainErrors } from '../../web/i18n/domain-errors.ts';

const i18nDir = join(import.meta.dirname, '../../web/i18n');
const resourceFiles = readdirSync(join(i18nDir, 'en')).filter((f) => f.endsWith('.ts'));

function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

function lookup(resources: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), resources);
}

describe('translations', () => {
  it('has an Arabic twin for every English resource file', () => {
    expect(
      readdirSync(join(i18nDir, 'ar'))
        .filter((f) => f.endsWith('.ts'))
        .sort(),
    ).toEqual([...resourceFiles].sort());
  });

  it.each(resourceFiles)('types every export of ar/%s against its English twin', (file) => {
    const source = readFileSync(join(i18nDir, 'ar', file), 'utf8');
    const exports = [...source.matchAll(/^export const (\w+)(.*)=/gm)];
    expect(exports.length).toBeGreaterThan(0);
    // tsc then refuses a missing or extra key (web/i18n/messages.ts).
    expect(exports.filter(([, , annotation]) => !/^: Messages<typeof \w+>\s*$/.test(annotation!)).map(([, name]) => name)).toEqual([]);
  });

  it.each(resourceFiles)('gives ar/%s the same keys as en/%s', async (file) => {
    const en = (await import(join(i18nDir, 'en', file))) as Record<string, object>;
    const ar = (await import(join(i18nDir, 'ar', file))) as Record<string, object>;
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const name of Object.keys(en)) expect({ name, keys: keys(ar[name]!).sort() }).toEqual({ name, keys: keys(en[name]!).sort() });
  });

  // The API refuses with `errors.<...>`; ErrorMessage looks the rest up in the `errors` namespace.
  // Domain refusals join that namespace in one place (web/i18n/namespaces.ts), so every screen finds them.
  it.each(['en', 'ar'] as const)('translates every refusal the API sends in %s', (locale) => {
    const sent = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '../../api'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]errors\.([A-Za-z_.]+[A-Za-z_])['"`]/g)) sent.add(m[1]!);
    }
    expect(sent.size).toBeGreaterThan(50);
    expect([...sent].filter((key) => typeof lookup(namespaces.errors[locale], key) !== 'string').sort()).toEqual([]);
  });

  it('merges domain refusals deeply under their prefix, the shared texts winning', () => {
    const shared = { internal: 'Oops', excellence: { cycleClosed: 'Shared text' } };
    const domains = {
      excellence: { en: { cycleClosed: 'Domain text', leadOnly: 'Lead only' }, ar: { cycleClosed: 'نص', leadOnly: 'القائد فقط' } },
    };
    expect(withDomainErrors(shared, domains, 'en')).toEqual({
      internal: 'Oops',
      excellence: { cycleClosed: 'Shared text', leadOnly: 'Lead only' },
    });
    expect(withDomainErrors(shared, domains, 'ar')).toEqual({
      internal: 'Oops',
      excellence: { cycleClosed: 'Shared text', leadOnly: 'القائد فقط' },
    });
  });
});
