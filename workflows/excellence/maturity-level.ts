import type { MaturityLevel } from './framework-schema.ts';
import { atLeast } from './score-precision.ts';

/** The highest level whose minimum the percent reaches; null when the framework defines no levels. */
export function maturityLevelFor(levels: readonly MaturityLevel[], percent: number): MaturityLevel | null {
  let found: MaturityLevel | null = null;
  for (const level of levels) {
    if (atLeast(percent, level.minPercent)) found = level;
  }
  return found;
}
