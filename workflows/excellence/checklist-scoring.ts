import type { ChecklistItem } from './framework-schema.ts';

export type ChecklistAnswer = 'yes' | 'partly' | 'no' | 'not_applicable';

export interface ChecklistScore {
  /** Percent of the applicable weight earned; null when every item is not applicable. */
  percent: number | null;
  earned: number;
  possible: number;
  /** Items without an answer; they count as "no" so a skipped item can never raise a score. */
  unanswered: string[];
}

/**
 * yes = full weight, partly = `partlyValue` x weight, no = 0; not applicable leaves the
 * item out of the denominator.
 */
export function scoreChecklist(
  items: readonly ChecklistItem[],
  answers: Readonly<Record<string, ChecklistAnswer | undefined>>,
  partlyValue: number,
): ChecklistScore {
  let earned = 0;
  let possible = 0;
  const unanswered: string[] = [];
  for (const item of items) {
    const answer = answers[item.code];
    if (answer === 'not_applicable') continue;
    possible += item.weight;
    if (answer === undefined) unanswered.push(item.code);
    else if (answer === 'yes') earned += item.weight;
    else if (answer === 'partly') earned += item.weight * partlyValue;
  }
  return { percent: possible === 0 ? null : (earned / possible) * 100, earned, possible, unanswered };
}
