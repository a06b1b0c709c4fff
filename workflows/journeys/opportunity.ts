import { z } from 'zod';
import { bilingualTextSchema } from './journey-map.ts';

/** 1 (low) .. 5 (high). */
const rating = z.number().int().min(1).max(5);

/**
 * An improvement opportunity found in the to-be design, linked to the as-is steps and
 * root causes it addresses so the chain complaint -> cause -> step -> opportunity holds.
 */
export const opportunitySchema = z.object({
  id: z.string().min(1),
  journeyId: z.string().min(1),
  title: bilingualTextSchema,
  stepIds: z.array(z.string().min(1)).min(1),
  rootCauseIds: z.array(z.string().min(1)).default([]),
  customerValue: rating,
  governmentValue: rating,
  /** Effort to implement: 1 easy .. 5 hard. */
  effort: rating,
});
export type Opportunity = z.infer<typeof opportunitySchema>;
export type OpportunityInput = z.input<typeof opportunitySchema>;

export interface ScoredOpportunity {
  opportunity: Opportunity;
  /** customerValue + governmentValue, 2..10. */
  value: number;
  /** value / effort: what each unit of effort buys, 0.4..10. */
  score: number;
  /** High value (>= 7) for low effort (<= 2): do first. */
  quickWin: boolean;
}

/** Best value per effort first; equal scores by higher value, then id. */
export function scoreOpportunities(opportunities: readonly Opportunity[]): ScoredOpportunity[] {
  return opportunities
    .map((opportunity) => {
      const value = opportunity.customerValue + opportunity.governmentValue;
      return { opportunity, value, score: value / opportunity.effort, quickWin: value >= 7 && opportunity.effort <= 2 };
    })
    .sort((a, b) => b.score - a.score || b.value - a.value || (a.opportunity.id < b.opportunity.id ? -1 : 1));
}
