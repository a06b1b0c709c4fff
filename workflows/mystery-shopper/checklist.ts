import { z } from 'zod';
import { bilingualText } from '../text/user-text.ts';
import { shopperChannels } from './profile.ts';

/** One thing the shopper checks, e.g. "greeted within a minute". `code` is what repeats across visits. */
export const checklistItemSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,40}$/, 'errors.mysteryShopper.itemCode'),
  text: bilingualText(300),
  /** How much the item counts in the visit's score. */
  weight: z.number().int().min(1).max(10).default(1),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const scenarioFieldsSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,40}$/, 'errors.mysteryShopper.scenarioCode'),
  channel: z.enum(shopperChannels),
  /** The service the shopper asks for. */
  service: bilingualText(300),
  /** The customer the shopper plays. */
  persona: bilingualText(600),
  checklist: z
    .array(checklistItemSchema)
    .min(1)
    .max(60)
    .refine((items) => new Set(items.map((i) => i.code)).size === items.length, 'errors.mysteryShopper.itemCodeTwice'),
});
export type ScenarioFields = z.infer<typeof scenarioFieldsSchema>;

/** What can be reworded once a scenario is in use: the service and the persona. */
export const scenarioWordingSchema = scenarioFieldsSchema.pick({ service: true, persona: true });
export type ScenarioWording = z.infer<typeof scenarioWordingSchema>;

/** Each checklist item as the shopper found it; `na` when it did not arise on this visit. */
export const answerSchema = z.enum(['pass', 'fail', 'na']);
export type Answer = z.infer<typeof answerSchema>;

/**
 * A visit's score: the weighted share of applicable items passed, in percent; null when no
 * item applied (nothing was measured, so the visit cannot pull a centre up or down).
 */
export function visitScore(checklist: readonly ChecklistItem[], answers: Readonly<Record<string, Answer>>): number | null {
  let applicable = 0;
  let passed = 0;
  for (const item of checklist) {
    const a = answers[item.code];
    if (a === 'pass' || a === 'fail') applicable += item.weight;
    if (a === 'pass') passed += item.weight;
  }
  return applicable === 0 ? null : (100 * passed) / applicable;
}

/** The items a visit failed: each becomes a gap on the centre when the visit is accepted. */
export function failedItems(checklist: readonly ChecklistItem[], answers: Readonly<Record<string, Answer>>): ChecklistItem[] {
  return checklist.filter((i) => answers[i.code] === 'fail');
}

/** A report is complete when every item has an answer. */
export function missingAnswers(checklist: readonly ChecklistItem[], answers: Readonly<Record<string, Answer>>): string[] {
  return checklist.filter((i) => answers[i.code] === undefined).map((i) => i.code);
}
