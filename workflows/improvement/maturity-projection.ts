import { z } from 'zod';
import { actionStatuses } from './action-status.ts';

/**
 * The published score from an assessment. Branded so that a projected score can never
 * be passed where a published one is expected (rankings, the transparency page).
 */
export const assessedScoreSchema = z.number().min(0).brand<'AssessedScore', 'inout'>();
export type AssessedScore = z.output<typeof assessedScoreSchema>;

/** What the score would be if verified actions had their declared effect. Never published. */
export const projectedScoreSchema = z.number().min(0).brand<'ProjectedScore', 'inout'>();
export type ProjectedScore = z.output<typeof projectedScoreSchema>;

export function assessedScore(value: number): AssessedScore {
  return assessedScoreSchema.parse(value);
}

export const criterionAssessmentSchema = z.object({
  criterionCode: z.string().min(1),
  maxPoints: z.number().positive(),
  assessed: assessedScoreSchema,
});
export type CriterionAssessment = z.output<typeof criterionAssessmentSchema>;

export const actionUpliftSchema = z.object({
  actionId: z.string().min(1),
  status: z.enum(actionStatuses),
  /** Points the action's owner declared it would add, per criterion it touches. */
  uplifts: z.array(z.object({ criterionCode: z.string().min(1), points: z.number().min(0) })),
});
export type ActionUplift = z.output<typeof actionUpliftSchema>;

export const maturityProjectionInputSchema = z.object({
  entityId: z.string().min(1),
  cycleId: z.string().min(1),
  criteria: z.array(criterionAssessmentSchema),
  actions: z.array(actionUpliftSchema),
  /** Largest rise the framework allows per criterion before the next assessment, as a fraction of its max points. */
  capFraction: z.number().min(0).max(1),
});
export type MaturityProjectionInput = z.input<typeof maturityProjectionInputSchema>;

export interface MaturityProjection {
  entityId: string;
  cycleId: string;
  maxPoints: { total: number; byCriterion: Record<string, number> };
  assessed: { total: AssessedScore; byCriterion: Record<string, AssessedScore> };
  projected: {
    total: ProjectedScore;
    byCriterion: Record<string, ProjectedScore>;
    /** Uplift actually applied after the caps, per criterion. */
    upliftByCriterion: Record<string, number>;
    /** Verified actions that moved at least one assessed criterion. */
    countedActionIds: string[];
  };
}

/** Sums kept to 4 decimals so half-point frameworks add up without float noise. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * Projects one entity's maturity for one cycle. Only verified actions count; an uplift
 * on a criterion with no published score is ignored (there is nothing to move); each
 * criterion rises by at most capFraction x its max points and never past its max.
 * The assessed figures are passed through untouched.
 */
export function projectMaturity(input: MaturityProjectionInput): MaturityProjection {
  const { entityId, cycleId, criteria, actions, capFraction } = maturityProjectionInputSchema.parse(input);

  const declared = new Map<string, number>();
  const counted = new Set<string>();
  const assessedCodes = new Set(criteria.map((c) => c.criterionCode));
  for (const action of actions) {
    if (action.status !== 'verified') continue;
    for (const u of action.uplifts) {
      if (!assessedCodes.has(u.criterionCode)) continue;
      declared.set(u.criterionCode, (declared.get(u.criterionCode) ?? 0) + u.points);
      if (u.points > 0) counted.add(action.actionId);
    }
  }

  const maxBy: Record<string, number> = {};
  const assessedBy: Record<string, AssessedScore> = {};
  const projectedBy: Record<string, ProjectedScore> = {};
  const upliftBy: Record<string, number> = {};
  let maxTotal = 0;
  let assessedTotal = 0;
  let projectedTotal = 0;

  for (const c of criteria) {
    const cap = Math.max(0, Math.min(capFraction * c.maxPoints, c.maxPoints - c.assessed));
    const uplift = round(Math.min(declared.get(c.criterionCode) ?? 0, cap));
    const projected = round(c.assessed + uplift);
    maxBy[c.criterionCode] = c.maxPoints;
    assessedBy[c.criterionCode] = c.assessed;
    projectedBy[c.criterionCode] = projectedScoreSchema.parse(projected);
    upliftBy[c.criterionCode] = uplift;
    maxTotal += c.maxPoints;
    assessedTotal += c.assessed;
    projectedTotal += projected;
  }

  return {
    entityId,
    cycleId,
    maxPoints: { total: round(maxTotal), byCriterion: maxBy },
    assessed: { total: assessedScoreSchema.parse(round(assessedTotal)), byCriterion: assessedBy },
    projected: {
      total: projectedScoreSchema.parse(round(projectedTotal)),
      byCriterion: projectedBy,
      upliftByCriterion: upliftBy,
      countedActionIds: [...counted].sort(),
    },
  };
}
