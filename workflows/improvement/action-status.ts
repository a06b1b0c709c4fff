/** The life of one improvement action, as the other pure functions see it (no XState needed). */
export const actionStatuses = ['draft', 'approved', 'in_progress', 'done', 'verified', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Work is owed and the deadline clock runs. */
export const openActionStatuses: readonly ActionStatus[] = ['approved', 'in_progress'];

export function isActionOpen(status: ActionStatus): boolean {
  return openActionStatuses.includes(status);
}

/** Done and verified both mean the work is finished; only verification moves scores and closes gaps. */
export function isActionFinished(status: ActionStatus): boolean {
  return status === 'done' || status === 'verified';
}
