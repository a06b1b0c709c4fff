import type { ConsultationPhase } from './consultation-machine.ts';

/** When visitors see a poll's results: once they have voted, or only after the consultation closes. */
export const resultsVisibilities = ['after_vote', 'after_close'] as const;
export type ResultsVisibility = (typeof resultsVisibilities)[number];

/** Closed or answered: voting is over, so the results are everyone's to read. */
export function resultsPublic(visibility: ResultsVisibility, phase: ConsultationPhase, hasVoted: boolean): boolean {
  if (phase === 'closed' || phase === 'responded') return true;
  return visibility === 'after_vote' && hasVoted && phase === 'open';
}
