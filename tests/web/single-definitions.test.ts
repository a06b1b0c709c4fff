import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../web/i18n/namespaces.ts';

const webRoot = join(import.meta.dirname, '../../web');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** `file:line` of every line in web/ (outside the allowed files) that matches the pattern. */
function occurrences(pattern: RegExp, allowed: readonly string[] = []): string[] {
  return sourceFiles(webRoot).flatMap((file) => {
    const name = relative(webRoot, file);
    if (allowed.includes(name)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${name}:${i + 1}`] : []));
  });
}

// Each concept has one definition in the web; a second copy is how the two start to differ.
describe('one definition per concept in the web', () => {
  it('picks a bilingual text only through web/i18n/bilingual.ts', () => {
    expect(occurrences(/\.language\s*[!=]==/, ['i18n/bilingual.ts'])).toEqual([]);
    expect(
      occurrences(/\[lang\]/, [
        'pages/excellence/FeedbackReportPage.tsx',
        'pages/excellence/FrameworkEditorPage.tsx',
        'pages/workshops/DesignPanel.tsx',
        // Editors of both sides of a bilingual text, like the two above: each field is one language.
        'pages/mystery-shopper/setup/ScenarioWordingForm.tsx',
      ]),
    ).toEqual([]);
  });

  it('rounds displayed figures only through the formatter (presentScore)', () => {
    expect(occurrences(/Math\.round\([^()]*\*\s*10+\)\s*\/\s*10|\.number\(Math\.round/)).toEqual([]);
  });

  it('asks the server what a person may do instead of testing programme-wide roles (auth.me capabilities)', () => {
    expect(occurrences(/[!=]==\s*'(programme_manager|administrator|leadership)'/)).toEqual([]);
  });

  it('labels workflow states only in the workflows namespace', () => {
    // A table of state labels anywhere else: an object keyed by three or more states of one workflow kind.
    const kinds = Object.values(namespaces.workflows.en.states).map(
      (labels) => new Set(Object.keys(labels).flatMap((k) => [k, k.replace(/_/g, '.')])),
    );
    const tables: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const keys = Object.keys(node);
      if (kinds.some((states) => keys.filter((k) => states.has(k)).length >= 3)) tables.push(path);
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    };
    for (const [ns, resources] of Object.entries(namespaces)) {
      if (ns === 'workflows') continue;
      for (const locale of ['en', 'ar'] as const) walk(resources[locale], `${locale}:${ns}`);
    }
    // An action's status is its own column (workflows/improvement/action-status.ts), not a state path.
    expect(tables).toEqual(['en:improvement.actionStatus', 'ar:improvement.actionStatus']);
  });
});
