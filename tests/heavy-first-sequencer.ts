import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { relative } from 'node:path';

/**
 * The files that take longest, slowest first (measured with `vitest run --reporter=json`).
 * Vitest runs the slowest first only when its results cache knows the durations; a fresh
 * checkout (CI after `npm ci`) has no cache and runs the largest files first instead, which
 * left these (small files, long runs) to start near the end, with one worker idle meanwhile.
 */
export const heavyFiles = [
  'tests/api/access-matrix.test.ts',
  'tests/web/accessibility-browser.test.ts',
  'tests/mystery-shopper/programme-setup-browser.test.ts',
  'tests/excellence/full-cycle.test.ts',
  'tests/excellence/late-entity.test.ts',
  'tests/web/arabic-screens-browser.test.ts',
  'tests/web/single-sign-on.test.ts',
  'tests/api/tmp-down.test.ts',
  'tests/http/csp-browser.test.ts',
  'tests/web/shell.test.ts',
];

/** The heavy files first, in the order above; every other file in Vitest's own order after them. */
export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = heavyFiles.indexOf(relative(spec.project.config.root, spec.moduleId).replaceAll('\\', '/'));
      return at === -1 ? heavyFiles.length : at;
    };
    // Array.prototype.sort is stable: files of equal rank keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
