import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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
    expect(occurrences(/\[lang\]/, ['pages/excellence/FeedbackReportPage.tsx', 'pages/excellence/FrameworkEditorPage.tsx', 'pages/workshops/DesignPanel.tsx'])).toEqual([]);
  });
});
