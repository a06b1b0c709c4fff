import type { ClassificationRules, ClassificationTier, CompositeSource } from './framework-schema.ts';
import { atLeast } from './score-precision.ts';

export interface ClassificationInput {
  /** The framework total as a percent. */
  assessmentPercent: number;
  /** Percent per top-level node; a pillar absent here (not applicable) has no minimum to meet. */
  pillarPercents: Readonly<Record<string, number>>;
  /** Percents of the other composite sources (customer feedback, mystery shopper, employee survey). */
  sources?: Readonly<Partial<Record<CompositeSource, number>>>;
}

export interface CompositePart {
  source: CompositeSource;
  weight: number;
  percent: number;
  /** percent x weight / 100. */
  contribution: number;
}

/** Why a label was or was not given; `code` keys a translation, the rest are its params. */
export type ClassificationReason =
  | { code: 'missing_component'; source: CompositeSource }
  | { code: 'tier_met'; tier: string; score: number; minPercent: number }
  | { code: 'below_threshold'; tier: string; score: number; minPercent: number }
  | { code: 'pillar_below_minimum'; tier: string; pillar: string; percent: number; minPercent: number }
  | { code: 'below_lowest_tier'; score: number; minPercent: number };

export interface Classification {
  tier: ClassificationTier | null;
  /** The score compared with the thresholds (composite when configured); null when a component is missing. */
  score: number | null;
  parts: CompositePart[];
  reasons: ClassificationReason[];
}

/** The composite of the configured sources, or the assessment percent alone. */
export function compositeScore(
  rules: ClassificationRules,
  input: ClassificationInput,
): { score: number | null; parts: CompositePart[]; missing: CompositeSource[] } {
  if (!rules.composite) return { score: input.assessmentPercent, parts: [], missing: [] };
  const parts: CompositePart[] = [];
  const missing: CompositeSource[] = [];
  for (const component of rules.composite) {
    const percent = component.source === 'assessment' ? input.assessmentPercent : input.sources?.[component.source];
    if (percent === undefined) {
      missing.push(component.source);
      continue;
    }
    parts.push({ source: component.source, weight: component.weight, percent, contribution: (percent * component.weight) / 100 });
  }
  if (missing.length > 0) return { score: null, parts, missing };
  return { score: parts.reduce((sum, p) => sum + p.contribution, 0), parts, missing };
}

/**
 * The highest tier whose threshold the score reaches and whose pillar minimums are all met.
 * Reasons list, from the top tier down, what stopped each higher tier and why the awarded
 * tier was given.
 */
export function classify(rules: ClassificationRules, input: ClassificationInput): Classification {
  const { score, parts, missing } = compositeScore(rules, input);
  if (score === null) {
    return { tier: null, score: null, parts, reasons: missing.map((source) => ({ code: 'missing_component', source })) };
  }
  const reasons: ClassificationReason[] = [];
  for (let i = rules.tiers.length - 1; i >= 0; i--) {
    const tier = rules.tiers[i];
    if (!tier) continue;
    if (!atLeast(score, tier.minPercent)) {
      reasons.push({ code: 'below_threshold', tier: tier.code, score, minPercent: tier.minPercent });
      continue;
    }
    const pillarFailures: ClassificationReason[] = [];
    for (const min of tier.pillarMinimums) {
      const percent = input.pillarPercents[min.pillar];
      if (percent !== undefined && !atLeast(percent, min.minPercent)) {
        pillarFailures.push({ code: 'pillar_below_minimum', tier: tier.code, pillar: min.pillar, percent, minPercent: min.minPercent });
      }
    }
    if (pillarFailures.length > 0) {
      reasons.push(...pillarFailures);
      continue;
    }
    reasons.push({ code: 'tier_met', tier: tier.code, score, minPercent: tier.minPercent });
    return { tier, score, parts, reasons };
  }
  const lowest = rules.tiers[0];
  reasons.push({ code: 'below_lowest_tier', score, minPercent: lowest?.minPercent ?? 0 });
  return { tier: null, score, parts, reasons };
}
