import { z } from 'zod';

/** Where the customer meets the step. */
export const journeyChannels = ['counter', 'web', 'app', 'phone', 'kiosk', 'mail'] as const;
export type JourneyChannel = (typeof journeyChannels)[number];

/**
 * Customer emotion at a step on a symmetric scale: -2 very negative, -1 negative,
 * 0 neutral, 1 positive, 2 very positive. Symmetric so an emotion curve crosses zero
 * exactly where the experience turns from bad to good.
 */
export const emotionScoreSchema = z.number().int().min(-2).max(2);
export type EmotionScore = z.infer<typeof emotionScoreSchema>;

/** Frozen versions of one journey; any two can be compared. */
export const journeyMapVersions = ['as_is', 'to_be', 'post_implementation'] as const;
export type JourneyMapVersion = (typeof journeyMapVersions)[number];

export const bilingualTextSchema = z.object({ ar: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

const idSchema = z.string().min(1).max(100);

export const painPointSchema = z.object({
  id: idSchema,
  text: bilingualTextSchema,
});
export type PainPoint = z.infer<typeof painPointSchema>;

export const journeyStepSchema = z.object({
  /** Stable across versions: a to-be step copied from the as-is keeps the id. */
  id: idSchema,
  title: bilingualTextSchema,
  channel: z.enum(journeyChannels),
  /** Government entity that performs the step (entity code). */
  entityId: idSchema,
  /** The customer must go somewhere in person. */
  visitRequired: z.boolean(),
  /** Ids of documents the customer is asked for at this step. */
  documentIds: z.array(idSchema).default([]),
  waitingMinutes: z.number().nonnegative(),
  handlingMinutes: z.number().nonnegative(),
  /** Fee charged at this step, in the map's currency. */
  fee: z.number().nonnegative().default(0),
  painPoints: z.array(painPointSchema).default([]),
  emotion: emotionScoreSchema,
  /** Done by the government out of the customer's sight (e.g. an inter-entity check). */
  backstage: z.boolean().default(false),
  /**
   * Steps of the previous version this step comes from. Several ids express a merge;
   * empty means "same id in the previous version, or new".
   */
  fromStepIds: z.array(idSchema).default([]),
  /**
   * As-is steps whose problem this step answers without coming from them, e.g. an added
   * notification that spares a visit to ask: how an added step joins the traceable chain.
   */
  addressesStepIds: z.array(idSchema).default([]),
});
export type JourneyStep = z.infer<typeof journeyStepSchema>;
export type JourneyStepInput = z.input<typeof journeyStepSchema>;

export const journeyStageSchema = z.object({
  id: idSchema,
  title: bilingualTextSchema,
  /** In the order the customer lives them. */
  steps: z.array(journeyStepSchema),
});
export type JourneyStage = z.infer<typeof journeyStageSchema>;

export const journeyMapSchema = z
  .object({
    journeyId: idSchema,
    version: z.enum(journeyMapVersions),
    serviceCodes: z.array(idSchema).min(1),
    title: bilingualTextSchema,
    /** ISO 4217, e.g. 'QAR'. */
    currency: z.string().length(3),
    stages: z.array(journeyStageSchema),
  })
  .superRefine((map, ctx) => {
    const stageIds = new Set<string>();
    map.stages.forEach((stage, s) => {
      if (stageIds.has(stage.id)) ctx.addIssue({ code: 'custom', message: 'journey_map.duplicate_stage_id', path: ['stages', s, 'id'] });
      stageIds.add(stage.id);
    });
    const stepIds = new Set<string>();
    map.stages.forEach((stage, s) => {
      stage.steps.forEach((step, i) => {
        if (stepIds.has(step.id))
          ctx.addIssue({ code: 'custom', message: 'journey_map.duplicate_step_id', path: ['stages', s, 'steps', i, 'id'] });
        stepIds.add(step.id);
      });
    });
  });
export type JourneyMap = z.infer<typeof journeyMapSchema>;
export type JourneyMapInput = z.input<typeof journeyMapSchema>;

/** All steps in journey order (stage order, then step order). */
export function journeySteps(map: JourneyMap): JourneyStep[] {
  return map.stages.flatMap((stage) => stage.steps);
}

/** Step count kept in the journey machine's context so guards can refuse an empty map. */
export function stepCount(map: JourneyMap): number {
  return map.stages.reduce((n, stage) => n + stage.steps.length, 0);
}
