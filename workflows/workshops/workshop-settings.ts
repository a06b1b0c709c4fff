import { z } from 'zod';
import { workingPhases } from './workshop-phases.ts';
import { defaultPriorityFormula, defaultQuadrantThresholds, priorityFormulaSchema, quadrantThresholdsSchema } from './prioritisation.ts';

const minutes = z.number().int().min(1).max(480);

/** Minutes per working phase; a phase left out has no time box. */
export const timeBoxesSchema = z.partialRecord(z.enum(workingPhases), minutes);
export type TimeBoxes = z.infer<typeof timeBoxesSchema>;

export const voteRulesSchema = z.object({
  /** Dots each participant may place. */
  budget: z.number().int().min(1).max(50),
  /** Dots one participant may stack on one idea (1 = one dot per idea). */
  maxPerIdea: z.number().int().min(1).max(50),
  /** Anonymous voting: others see only tallies, never who voted for what. */
  anonymous: z.boolean(),
});
export type VoteRules = z.infer<typeof voteRulesSchema>;

export const workshopSettingsSchema = z.object({
  timeBoxes: timeBoxesSchema,
  votes: voteRulesSchema,
  formula: priorityFormulaSchema,
  quadrantThresholds: quadrantThresholdsSchema,
});
export type WorkshopSettings = z.infer<typeof workshopSettingsSchema>;

export const defaultWorkshopSettings: WorkshopSettings = {
  timeBoxes: {},
  votes: { budget: 5, maxPerIdea: 1, anonymous: false },
  formula: defaultPriorityFormula,
  quadrantThresholds: defaultQuadrantThresholds,
};
