import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { textIn } from '../support/texts.ts';

/** Issue 11, item 8: every count is said with the plural rules of its language, in its language's digits. */

type Tree = { readonly [key: string]: unknown };

function messages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : v && typeof v === 'object' ? messages(v as Tree, `${prefix}${k}.`) : [],
  );
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const arabicForms = ['zero', 'one', 'two', 'few', 'many', 'other'];

function catalogue(lang: 'en' | 'ar'): Map<string, string> {
  return new Map(Object.entries(namespaces).flatMap(([ns, r]) => messages(r[lang] as Tree, `${ns}:`)));
}

describe('plural forms in the catalogues', () => {
  const en = catalogue('en');
  const ar = catalogue('ar');

  it('says every {{count}} through a plural family, in both languages', () => {
    for (const [lang, texts] of [
      ['en', en],
      ['ar', ar],
    ] as const) {
      const bare = [...texts].filter(([key, text]) => text.includes('{{count}}') && !pluralSuffix.test(key)).map(([key]) => key);
      expect(bare, `${lang} messages with {{count}} but no plural forms`).toEqual([]);
    }
  });

  it('gives every plural family Arabic’s six forms and English’s one and other', () => {
    const families = new Set([...en.keys(), ...ar.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')));
    expect(families.size).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const family of families) {
      for (const form of arabicForms) if (!ar.has(`${family}_${form}`)) missing.push(`ar ${family}_${form}`);
      for (const form of ['one', 'other']) if (!en.has(`${family}_${form}`)) missing.push(`en ${family}_${form}`);
    }
    expect(missing).toEqual([]);
  });

  it('writes no Latin digit in an Arabic message, except inside a Latin code (UTF-8, MOI-CR-001)', () => {
    // A criterion code is shown as the framework writes it (e.g. 2.1): the hint quotes one.
    const codes = new Set(['improvement:gap.criterionHint']);
    const latin = [...ar]
      .filter(([key]) => !codes.has(key))
      .filter(([, text]) => /[0-9]/.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(/[A-Za-z][A-Za-z0-9-]*/g, '')))
      .map(([key, text]) => `${key}: ${text}`);
    expect(latin).toEqual([]);
  });

  it('passes counts to t() as numbers, never pre-formatted strings (a string breaks the plural rules)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const offenders = sources(join(import.meta.dirname, '../../web'))
      .filter((path) => /count: format\.\w+\(/.test(readFileSync(path, 'utf8')))
      .map((path) => path.split('/web/')[1]);
    expect(offenders).toEqual([]);
  });
});

describe('a count said in Arabic and English', () => {
  const ar = textIn('ar');
  const en = textIn('en');

  it('uses the dual, the few and the many forms with Arabic-Indic digits', () => {
    expect(ar('workshops:board.votes', { count: 1 })).toBe('صوت واحد');
    expect(ar('workshops:board.votes', { count: 2 })).toBe('صوتان');
    expect(ar('workshops:board.votes', { count: 5 })).toBe('٥ أصوات');
    expect(ar('workshops:board.votes', { count: 12 })).toBe('١٢ صوتاً');
    expect(ar('workshops:board.votes', { count: 100 })).toBe('١٠٠ صوت');
    expect(ar('workshops:console.extend', { count: 5 })).toBe('+٥ دقائق');
    expect(ar('journeys:editor.documents', { count: 2 })).toBe('مستندان');
    expect(ar('excellence:selfAssessment.progress', { done: 0, count: 16 })).toBe('تم تقييم ٠ من ١٦ معياراً');
  });

  it('keeps Latin digits and one/other in English, and leaves a year or an id ungrouped', () => {
    expect(en('workshops:board.votes', { count: 1 })).toBe('1 vote');
    expect(en('workshops:board.votes', { count: 2 })).toBe('2 votes');
    expect(en('journeys:complaintPicker.unlink', { id: 1043 })).toBe('Unlink complaint #1043');
    expect(ar('journeys:complaintPicker.unlink', { id: 1043 })).toContain('١٠٤٣');
    expect(en('improvement:gaps.total', { count: 12_500 })).toBe('12,500 gaps');
  });
});
