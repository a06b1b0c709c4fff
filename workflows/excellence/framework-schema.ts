import { z } from 'zod';

/**
 * The shape of an excellence framework document (import/export JSON). Structural checks
 * only; rules that span fields (weights adding up, bands covering 0..100, ascending
 * thresholds, unique codes) live in `framework-validation.ts` so they can report paths.
 */

export const frameworkSchemaVersion = 1 as const;

export const bilingualText = z.object({
  ar: z.string().min(1),
  en: z.string().min(1),
});
export type BilingualText = z.infer<typeof bilingualText>;

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'invalid code');

export const nodeKind = z.enum(['enabler', 'result']);
export type NodeKind = z.infer<typeof nodeKind>;

export const scoringMethod = z.enum(['bands', 'attributes', 'checklist']);
export type ScoringMethod = z.infer<typeof scoringMethod>;

export const checklistItem = z.object({
  code,
  text: bilingualText,
  guidance: bilingualText.optional(),
  weight: z.number().positive(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export interface FrameworkNode {
  code: string;
  name: BilingualText;
  guidance?: BilingualText | undefined;
  kind: NodeKind;
  /** Points (points mode) or percent of the parent (percent mode). */
  weight: number;
  /** Entity types the node applies to; absent means every type. */
  applicability?: string[] | undefined;
  /** Weight used instead of `weight` for an entity type. */
  weightOverrides?: Record<string, number> | undefined;
  /** Overrides the framework's default scoring method for this node's leaves. */
  method?: ScoringMethod | undefined;
  /** Items of a checklist-scored leaf. */
  items?: ChecklistItem[] | undefined;
  children?: FrameworkNode[] | undefined;
}

export const frameworkNode: z.ZodType<FrameworkNode, FrameworkNode> = z.object({
  code,
  name: bilingualText,
  guidance: bilingualText.optional(),
  kind: nodeKind,
  weight: z.number().positive(),
  applicability: z.array(code).min(1).optional(),
  weightOverrides: z.record(z.string(), z.number().nonnegative()).optional(),
  method: scoringMethod.optional(),
  items: z.array(checklistItem).min(1).optional(),
  get children() {
    return z.array(frameworkNode).optional();
  },
});

export const band = z.object({
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
  label: bilingualText,
  description: bilingualText,
});
export type Band = z.infer<typeof band>;

export const bandScheme = z.object({
  /** Scores are multiples of `step` (the programmes use 5). */
  step: z.literal(5),
  bands: z.array(band).min(1),
});
export type BandScheme = z.infer<typeof bandScheme>;

export const attribute = z.object({
  code,
  name: bilingualText,
  guidance: bilingualText.optional(),
  /** Percent of the node score; a kind's attribute weights add up to 100. */
  weight: z.number().positive(),
});
export type Attribute = z.infer<typeof attribute>;

export const attributeScheme = z.object({
  enabler: z.array(attribute).min(1).optional(),
  result: z.array(attribute).min(1).optional(),
});
export type AttributeScheme = z.infer<typeof attributeScheme>;

export const recordField = z.object({
  code,
  label: bilingualText,
  type: z.enum(['text', 'minutes', 'datetime']),
  required: z.boolean().default(false),
});
export type RecordField = z.infer<typeof recordField>;

export const checklistScheme = z.object({
  /** Credit for a "partly" answer, as a fraction of the item weight. */
  partlyValue: z.number().min(0).max(1),
  /** Facts recorded with each checklist (scenario, waiting time, service time...). */
  recordFields: z.array(recordField).default([]),
});
export type ChecklistScheme = z.infer<typeof checklistScheme>;

export const scoringConfig = z.object({
  defaultMethod: scoringMethod,
  bands: bandScheme,
  attributes: attributeScheme.optional(),
  checklist: checklistScheme.optional(),
});
export type ScoringConfig = z.infer<typeof scoringConfig>;

export const maturityLevel = z.object({
  code,
  /** The level applies from this percent of the total up to the next level's minimum. */
  minPercent: z.number().min(0).max(100),
  name: bilingualText,
  description: bilingualText.optional(),
});
export type MaturityLevel = z.infer<typeof maturityLevel>;

export const pillarMinimum = z.object({
  pillar: code,
  minPercent: z.number().min(0).max(100),
});
export type PillarMinimum = z.infer<typeof pillarMinimum>;

export const classificationTier = z.object({
  code,
  name: bilingualText,
  minPercent: z.number().min(0).max(100),
  /** Star count for star ratings. */
  stars: z.number().int().min(1).max(7).optional(),
  pillarMinimums: z.array(pillarMinimum).default([]),
});
export type ClassificationTier = z.infer<typeof classificationTier>;

/** Where a composite component's percent comes from; 'assessment' is the framework total. */
export const compositeSource = z.enum(['assessment', 'customer_feedback', 'mystery_shopper', 'employee_survey']);
export type CompositeSource = z.infer<typeof compositeSource>;

export const compositeComponent = z.object({
  source: compositeSource,
  name: bilingualText,
  /** Percent of the composite; components add up to 100. */
  weight: z.number().positive(),
});
export type CompositeComponent = z.infer<typeof compositeComponent>;

export const classificationRules = z.object({
  kind: z.enum(['stars', 'medals']),
  /** Absent: the classification uses the assessment total alone. */
  composite: z.array(compositeComponent).min(1).optional(),
  /** Ascending by minPercent. A score under the first tier gets no label. */
  tiers: z.array(classificationTier).min(1),
});
export type ClassificationRules = z.infer<typeof classificationRules>;

export const entityType = z.object({
  code,
  name: bilingualText,
});
export type EntityType = z.infer<typeof entityType>;

export const framework = z.object({
  schemaVersion: z.literal(frameworkSchemaVersion),
  code,
  version: z.number().int().positive(),
  name: bilingualText,
  description: bilingualText.optional(),
  /** points: weights are points adding up to totalPoints; percent: each level adds up to 100. */
  mode: z.enum(['points', 'percent']),
  /** Required in points mode; percent mode reports out of 100. */
  totalPoints: z.number().positive().optional(),
  entityTypes: z.array(entityType).min(1),
  scoring: scoringConfig,
  nodes: z.array(frameworkNode).min(1),
  maturityLevels: z.array(maturityLevel).default([]),
  classification: classificationRules.optional(),
  /** Assessors may not assess an entity their own entity delivers services with. */
  independenceRequired: z.boolean(),
  /** false: the feedback report shows bands, not raw scores. */
  feedbackShowsRawScores: z.boolean(),
  /** Max-min of assessor percents on a node above which the node is flagged at consensus. */
  consensusSpreadThreshold: z.number().min(0).max(100),
});
/** A parsed framework (defaults applied). */
export type Framework = z.infer<typeof framework>;
/** A framework as authored (defaults optional). */
export type FrameworkInput = z.input<typeof framework>;
