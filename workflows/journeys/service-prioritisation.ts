import { z } from 'zod';

/** The factors of the ranking, in the order the UI explains them. */
export const prioritisationFactors = ['volume', 'dissatisfaction', 'complaints', 'strategic'] as const;
export type PrioritisationFactor = (typeof prioritisationFactors)[number];

export const prioritisationCandidateSchema = z.object({
  serviceCode: z.string().min(1),
  /** Transactions a year. */
  volume: z.number().nonnegative(),
  /** Mean satisfaction 1..5; dissatisfaction is 5 minus it. */
  satisfaction: z.number().min(1).max(5),
  /** Complaints in the same period as the volume. */
  complaints: z.number().nonnegative(),
  /** Set by the user, 0..1: how much the service matters to the strategy. */
  strategicWeight: z.number().min(0).max(1),
});
export type PrioritisationCandidate = z.infer<typeof prioritisationCandidateSchema>;

export type FactorWeights = Record<PrioritisationFactor, number>;

export const defaultFactorWeights: FactorWeights = { volume: 1, dissatisfaction: 1, complaints: 1, strategic: 1 };

export interface FactorContribution {
  /** The input value (dissatisfaction = 5 - satisfaction). */
  raw: number;
  /** (raw - min) / (max - min) across the candidates; 0 when they are all equal. */
  normalised: number;
  /** Factor weight / sum of weights. */
  weight: number;
  /** normalised * weight: this factor's share of the score. */
  contribution: number;
}

export interface RankedService {
  rank: number;
  serviceCode: string;
  /** Sum of contributions, 0..1. */
  score: number;
  factors: Record<PrioritisationFactor, FactorContribution>;
}

function rawValue(c: PrioritisationCandidate, f: PrioritisationFactor): number {
  switch (f) {
    case 'volume':
      return c.volume;
    case 'dissatisfaction':
      return 5 - c.satisfaction;
    case 'complaints':
      return c.complaints;
    case 'strategic':
      return c.strategicWeight;
  }
}

/** Each factor's weight over the sum of the weights (negative weights count as 0). */
export function weightShares(weights: FactorWeights): Record<PrioritisationFactor, number> {
  const weightSum = prioritisationFactors.reduce((n, f) => n + Math.max(0, weights[f]), 0);
  return Object.fromEntries(prioritisationFactors.map((f) => [f, weightSum === 0 ? 0 : Math.max(0, weights[f]) / weightSum])) as Record<
    PrioritisationFactor,
    number
  >;
}

/** The smallest and largest raw value of each factor across the candidates: the normalisation bounds. */
export function factorRanges(candidates: readonly PrioritisationCandidate[]): Record<PrioritisationFactor, { min: number; max: number }> {
  return Object.fromEntries(
    prioritisationFactors.map((f) => {
      const values = candidates.map((c) => rawValue(c, f));
      return [f, values.length === 0 ? { min: 0, max: 0 } : { min: Math.min(...values), max: Math.max(...values) }];
    }),
  ) as Record<PrioritisationFactor, { min: number; max: number }>;
}

/**
 * Ranks services by a weighted sum of min-max normalised factors. Every number the
 * score is made of is returned, so the UI can show why a service ranks where it does.
 * A factor that does not vary across the candidates cannot tell them apart and adds 0.
 * Ties share a rank (1, 2, 2, 4) and are listed by service code.
 */
export function rankServices(
  candidates: readonly PrioritisationCandidate[],
  weights: FactorWeights = defaultFactorWeights,
): RankedService[] {
  const shares = weightShares(weights);
  const share = (f: PrioritisationFactor) => shares[f];
  const ranges = factorRanges(candidates);

  const scored = candidates.map((c) => {
    const factors = {} as Record<PrioritisationFactor, FactorContribution>;
    let score = 0;
    for (const f of prioritisationFactors) {
      const raw = rawValue(c, f);
      const { min, max } = ranges[f];
      const normalised = max === min ? 0 : (raw - min) / (max - min);
      const weight = share(f);
      const contribution = normalised * weight;
      score += contribution;
      factors[f] = { raw, normalised, weight, contribution };
    }
    return { serviceCode: c.serviceCode, score, factors };
  });
  scored.sort((a, b) => b.score - a.score || (a.serviceCode < b.serviceCode ? -1 : a.serviceCode > b.serviceCode ? 1 : 0));

  // Scores are sums of floats: equal within rounding noise counts as a tie.
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  return scored.map((s, i) => {
    let rank = i + 1;
    for (let j = i - 1; j >= 0 && same(scored[j]!.score, s.score); j -= 1) rank = j + 1;
    return { rank, ...s };
  });
}
