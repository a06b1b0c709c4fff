import type { Framework, FrameworkNode } from '../../workflows/excellence/framework-schema.ts';
import type { LeafEntry } from '../../workflows/excellence/leaf-score.ts';
import { leafPercent } from '../../workflows/excellence/leaf-score.ts';
import { snapToStep } from '../../workflows/excellence/band-score.ts';

/**
 * A plausible entry for a leaf around `level` percent, varied by attribute so the demo
 * shows spreads; every attribute score is a multiple of 5.
 */
export function demoEntry(fw: Framework, node: FrameworkNode, level: number, salt: number): { entry: LeafEntry; percent: number | null } {
  const method = node.method ?? fw.scoring.defaultMethod;
  let entry: LeafEntry;
  if (method === 'bands') {
    entry = { method, score: snapToStep(level + ((salt * 7) % 15) - 7) };
  } else if (method === 'attributes') {
    const attributes = fw.scoring.attributes?.[node.kind] ?? [];
    entry = { method, scores: Object.fromEntries(attributes.map((a, i) => [a.code, snapToStep(level + (((salt + i) * 11) % 25) - 12)])) };
  } else {
    const answers = ['yes', 'partly', 'no'] as const;
    entry = {
      method,
      answers: Object.fromEntries((node.items ?? []).map((item, i) => [item.code, answers[(salt + i + (level > 60 ? 0 : 1)) % 3]!])),
    };
  }
  return { entry, percent: leafPercent(fw, node, entry) };
}
