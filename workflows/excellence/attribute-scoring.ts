import type { Attribute } from './framework-schema.ts';
import { assertBandScore } from './band-score.ts';

/**
 * Combines attribute scores (each a band score, or null when the attribute does not apply,
 * e.g. no comparisons exist) into a node percent: the weighted mean over the attributes
 * that apply. The result is not snapped to a band; rounding happens only at presentation.
 * Returns null when no attribute applies.
 */
export function combineAttributes(
  attributes: readonly Attribute[],
  scores: Readonly<Record<string, number | null | undefined>>,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const attribute of attributes) {
    const score = scores[attribute.code];
    if (score === undefined) throw new RangeError(`missing score for attribute ${attribute.code}`);
    if (score === null) continue;
    assertBandScore(score);
    weighted += score * attribute.weight;
    weights += attribute.weight;
  }
  return weights === 0 ? null : weighted / weights;
}
