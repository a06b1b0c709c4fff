import type { Framework, FrameworkNode } from './framework-schema.ts';
import { assertBandScore } from './band-score.ts';
import { combineAttributes } from './attribute-scoring.ts';
import { scoreChecklist } from './checklist-scoring.ts';
import type { ChecklistAnswer } from './checklist-scoring.ts';
import { scoringMethodOf } from './framework-nodes.ts';

/** What an assessor enters for one leaf, by the leaf's scoring method. */
export type LeafEntry =
  | { method: 'bands'; score: number | null }
  | { method: 'attributes'; scores: Readonly<Record<string, number | null>> }
  | { method: 'checklist'; answers: Readonly<Record<string, ChecklistAnswer>> };

/**
 * A leaf's percent from what was entered, or null when the leaf does not apply (band
 * score null, every attribute or checklist item not applicable). Throws when the entry
 * does not match the leaf's method: the API validates entries against the framework first.
 */
export function leafPercent(fw: Framework, node: FrameworkNode, entry: LeafEntry): number | null {
  const method = scoringMethodOf(fw, node);
  if (entry.method !== method) throw new RangeError(`node ${node.code} is scored by ${method}, not ${entry.method}`);
  switch (entry.method) {
    case 'bands':
      return entry.score === null ? null : assertBandScore(entry.score, fw.scoring.bands.step);
    case 'attributes': {
      const attributes = fw.scoring.attributes?.[node.kind];
      if (!attributes) throw new RangeError(`no ${node.kind} attributes in framework ${fw.code}`);
      return combineAttributes(attributes, entry.scores);
    }
    case 'checklist':
      return scoreChecklist(node.items ?? [], entry.answers, fw.scoring.checklist?.partlyValue ?? 0.5).percent;
  }
}
