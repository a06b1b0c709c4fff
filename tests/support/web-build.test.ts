import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webBuildProblem } from './web-build.ts';

/** A project tree with one source in each folder the bundle is made from, and optionally a build. */
function project(built: Date | null, sources: Record<string, Date>): string {
  const root = mkdtempSync(join(tmpdir(), 'tamayuz-web-build-'));
  for (const [file, mtime] of Object.entries(sources)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), mtime, mtime);
  }
  if (built) {
    mkdirSync(join(root, 'dist/web'), { recursive: true });
    writeFileSync(join(root, 'dist/web/index.html'), '<!doctype html>');
    utimesSync(join(root, 'dist/web/index.html'), built, built);
  }
  return root;
}

const monday = new Date('2026-03-02T08:00:00Z');
const tuesday = new Date('2026-03-03T08:00:00Z');
const roots: string[] = [];
const make = (built: Date | null, sources: Record<string, Date>) => {
  const root = project(built, sources);
  roots.push(root);
  return root;
};

describe('whether dist/web can be served (browser tests rebuild it otherwise, never skip)', () => {
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('reports a missing build', () => {
    expect(webBuildProblem(make(null, { 'web/main.tsx': monday }))).toBe('dist/web/index.html is missing');
  });

  it('accepts a build newer than every source', () => {
    expect(
      webBuildProblem(make(tuesday, { 'web/pages/a/Page.tsx': monday, 'workflows/x.ts': monday, 'vite.config.ts': monday })),
    ).toBeNull();
  });

  it.each([
    ['web', 'web/pages/deep/Page.tsx'],
    ['workflows', 'workflows/improvement/gap.ts'],
    ['api', 'api/root.ts'],
    ['vite.config.ts', 'vite.config.ts'],
    ['package-lock.json', 'package-lock.json'],
  ])('reports a build older than a change in %s', (source, file) => {
    const root = make(monday, { 'web/main.tsx': monday, [file]: tuesday });
    expect(webBuildProblem(root)).toBe(`${source} changed after dist/web/index.html was built`);
  });
});
