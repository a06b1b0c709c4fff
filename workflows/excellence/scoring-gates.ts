/**
 * When score sheets and consensus rows may be written or read, by the assessment's state.
 * The engine guards the assessment's own events; these gate the domain rows written beside
 * it (an assessor's autosaved sheet, the lead's consensus entries), which no event carries.
 */

/** A refusal the API turns into a translated error; `messageKey` names the text. */
export interface ScoringRefusal {
  messageKey: string;
  params: Record<string, string>;
}

/** The stage in which each assessor scores alone. */
export const independentScoringState = 'independent_scoring';
/** The stage in which the lead records the agreed scores. */
export const consensusState = 'consensus';

/** An assessor edits their own sheet while independent scoring is open and until they submit it. */
export function scoreSheetRefusal(state: string, assessorId: string, submittedAssessorIds: readonly string[]): ScoringRefusal | null {
  if (state !== independentScoringState) return { messageKey: 'errors.excellence.scoringClosed', params: { state } };
  if (submittedAssessorIds.includes(assessorId)) return { messageKey: 'errors.excellence.alreadySubmitted', params: {} };
  return null;
}

/** The consensus workspace opens once independent scoring is over; the programme may look earlier. */
export function consensusViewRefusal(state: string, programme: boolean): ScoringRefusal | null {
  if (state === independentScoringState && !programme) return { messageKey: 'errors.excellence.scoringNotFinished', params: {} };
  return null;
}

/** Agreed scores are written only during the consensus stage. */
export function consensusEntryRefusal(state: string): ScoringRefusal | null {
  if (state !== consensusState) return { messageKey: 'errors.excellence.notInConsensus', params: { state } };
  return null;
}
