import type { Gap, GapStatus } from './gap.ts';
import type { ActionStatus } from './action-status.ts';

/**
 * A gap closes when every action raised against it that still counts (not cancelled)
 * is verified. A gap with no counting action stays open: nothing has fixed it yet.
 */
export function isGapClosable(actionStatuses: readonly ActionStatus[]): boolean {
  const counting = actionStatuses.filter((s) => s !== 'cancelled');
  return counting.length > 0 && counting.every((s) => s === 'verified');
}

/** The status the gap should have given its actions; merged gaps are left alone. */
export function deriveGapStatus(current: GapStatus, actionStatuses: readonly ActionStatus[]): GapStatus {
  if (current === 'merged') return 'merged';
  if (isGapClosable(actionStatuses)) return 'closed';
  // Work has begun once any counting action is past draft.
  const begun = actionStatuses.some((s) => s !== 'draft' && s !== 'cancelled');
  return begun ? 'in_progress' : 'open';
}

/**
 * Brings a gap in line with its actions at time `at`: stamps `closedAt` when it closes,
 * clears it when new or reopened work brings the gap back.
 */
export function applyGapClosure(gap: Gap, actionStatuses: readonly ActionStatus[], at: string): Gap {
  const status = deriveGapStatus(gap.status, actionStatuses);
  if (status === gap.status) return gap;
  return { ...gap, status, closedAt: status === 'closed' ? at : null };
}
