import { isActionOpen, type ActionStatus } from './action-status.ts';

/**
 * "Overdue", the one definition: work is still owed (the action is open: approved or in
 * progress) and its due moment has come, at or before `asOf`. The action machine's deadline
 * timer fires at that same moment (`msUntilOverdue`), and `overdueActions` in
 * api/improvement/ is the same test in SQL.
 *
 * Escalation is a separate fact: the machine records who has been told (`escalationLevel`
 * 1, then 2), and that lags while no scheduler runs. An action is overdue from its due
 * moment whether or not it has been escalated yet.
 */
export function isOverdue(action: { status: ActionStatus; dueAt: string | Date }, asOf: Date): boolean {
  return isActionOpen(action.status) && new Date(action.dueAt).getTime() <= asOf.getTime();
}

/** How long from `at` (epoch ms) until an action due at `dueAt` becomes overdue; 0 once it is. */
export function msUntilOverdue(dueAt: string, at: number): number {
  return Math.max(0, Date.parse(dueAt) - at);
}
