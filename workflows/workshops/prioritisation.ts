import { z } from 'zod';

/** Scores are given on a 1–5 scale for each dimension. */
export const scoreValueSchema = z.number().int().min(1).max(5);

export interface IdeaValues {
  customerValue: number;
  governmentValue: number;
  effort: number;
}

/**
 * How an idea's priority is computed from its values.
 * - `ratio` (default): (customerValue + governmentValue) / effort — value for money,
 *   so a cheap idea of moderate value can beat an expensive one of high value.
 * - `weighted`: wC·customerValue + wG·governmentValue − wE·effort — for programmes that
 *   want, say, customer value to count twice as much, and effort as a penalty, not a divisor.
 */
export const priorityFormulaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ratio') }),
  z.object({
    kind: z.literal('weighted'),
    customerValue: z.number().min(0),
    governmentValue: z.number().min(0),
    effort: z.number().min(0),
  }),
]);

export type PriorityFormula = z.infer<typeof priorityFormulaSchema>;

export const defaultPriorityFormula: PriorityFormula = { kind: 'ratio' };

export function priorityScore(values: IdeaValues, formula: PriorityFormula = defaultPriorityFormula): number {
  switch (formula.kind) {
    case 'ratio':
      return (values.customerValue + values.governmentValue) / values.effort;
    case 'weighted':
      return (
        formula.customerValue * values.customerValue + formula.governmentValue * values.governmentValue - formula.effort * values.effort
      );
  }
}

export type Quadrant = 'quick_win' | 'major_project' | 'fill_in' | 'thankless_task';

/**
 * The 2×2 value/effort matrix. Value is the mean of customer and government value; a
 * value or effort at or above its threshold (default 3, the middle of 1–5) counts as high.
 */
export const quadrantThresholdsSchema = z.object({ value: z.number(), effort: z.number() });
export type QuadrantThresholds = z.infer<typeof quadrantThresholdsSchema>;
export const defaultQuadrantThresholds: QuadrantThresholds = { value: 3, effort: 3 };

export function quadrantOf(values: IdeaValues, thresholds: QuadrantThresholds = defaultQuadrantThresholds): Quadrant {
  const highValue = (values.customerValue + values.governmentValue) / 2 >= thresholds.value;
  const highEffort = values.effort >= thresholds.effort;
  if (highValue) return highEffort ? 'major_project' : 'quick_win';
  return highEffort ? 'thankless_task' : 'fill_in';
}

export interface IdeaScoreEntry extends IdeaValues {
  ideaId: string;
  by: string;
  /** The facilitator's score is the decision: it replaces the participants' mean. */
  setByFacilitator: boolean;
}

export interface AggregatedValues extends IdeaValues {
  source: 'facilitator' | 'participants';
  /** How many scores were averaged (1 for a facilitator's score). */
  count: number;
}

/** An idea's values: the facilitator's latest score if any, otherwise the mean of the participants' scores. */
export function aggregateValues(scores: readonly IdeaScoreEntry[], ideaId: string): AggregatedValues | null {
  const forIdea = scores.filter((s) => s.ideaId === ideaId);
  const set = forIdea.filter((s) => s.setByFacilitator).at(-1);
  if (set)
    return { customerValue: set.customerValue, governmentValue: set.governmentValue, effort: set.effort, source: 'facilitator', count: 1 };
  if (forIdea.length === 0) return null;
  const mean = (pick: (s: IdeaScoreEntry) => number) => forIdea.reduce((sum, s) => sum + pick(s), 0) / forIdea.length;
  return {
    customerValue: mean((s) => s.customerValue),
    governmentValue: mean((s) => s.governmentValue),
    effort: mean((s) => s.effort),
    source: 'participants',
    count: forIdea.length,
  };
}

export interface RankedIdea {
  ideaId: string;
  /** Competition ranking: equal scores share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
  score: number;
  values: AggregatedValues;
  quadrant: Quadrant;
  votes: number;
}

export interface Ranking {
  ranked: RankedIdea[];
  /** Ideas nobody has scored yet. */
  unscored: string[];
}

// Scores come from divisions of means; treat values this close as the same score.
const tieTolerance = 1e-9;

/**
 * Ranks ideas by priority score. Ideas with the same score share a rank; within a tie
 * they are listed by votes, then in the order given, which only affects display.
 */
export function rankIdeas(
  ideaIds: readonly string[],
  scores: readonly IdeaScoreEntry[],
  votesByIdea: ReadonlyMap<string, number>,
  options: { formula?: PriorityFormula; thresholds?: QuadrantThresholds } = {},
): Ranking {
  const formula = options.formula ?? defaultPriorityFormula;
  const unscored: string[] = [];
  const entries: Omit<RankedIdea, 'rank'>[] = [];
  for (const ideaId of ideaIds) {
    const values = aggregateValues(scores, ideaId);
    if (!values) {
      unscored.push(ideaId);
      continue;
    }
    entries.push({
      ideaId,
      score: priorityScore(values, formula),
      values,
      quadrant: quadrantOf(values, options.thresholds),
      votes: votesByIdea.get(ideaId) ?? 0,
    });
  }
  const order = new Map(ideaIds.map((id, i) => [id, i]));
  entries.sort((a, b) => {
    if (Math.abs(a.score - b.score) > tieTolerance) return b.score - a.score;
    if (a.votes !== b.votes) return b.votes - a.votes;
    return (order.get(a.ideaId) ?? 0) - (order.get(b.ideaId) ?? 0);
  });
  const ranked: RankedIdea[] = [];
  entries.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const rank = previous && Math.abs(previous.score - entry.score) <= tieTolerance ? previous.rank : i + 1;
    ranked.push({ ...entry, rank });
  });
  return { ranked, unscored };
}
