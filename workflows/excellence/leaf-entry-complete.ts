import type { Framework, FrameworkNode } from './framework-schema.ts';
import { scoringMethodOf } from './framework-nodes.ts';
import type { LeafEntry } from './leaf-score.ts';

/**
 * Whether a saved entry scores its whole leaf: a band chosen (a number, or null = not
 * applicable), every attribute of the leaf's kind given a score or marked not applicable,
 * every checklist item answered. A leaf with only some attributes scored is still to do.
 */
export function leafEntryComplete(fw: Framework, node: FrameworkNode, entry: LeafEntry): boolean {
  if (entry.method !== scoringMethodOf(fw, node)) return false;
  switch (entry.method) {
    case 'bands':
      return entry.score !== undefined;
    case 'attributes':
      return (fw.scoring.attributes?.[node.kind] ?? []).every((a) => Object.hasOwn(entry.scores, a.code));
    case 'checklist':
      return (node.items ?? []).every((item) => entry.answers[item.code] !== undefined);
  }
}
