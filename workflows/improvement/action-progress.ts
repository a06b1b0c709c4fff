import type { ActionStatus } from './action-status.ts';
import { rollUpProgress, type PlanNode } from './progress-rollup.ts';

/** An action as its progress needs it: its own figure, its weight, its status and its parent action. */
export interface ActionProgressRow {
  id: string;
  parentActionId: string | null;
  weight: number;
  status: ActionStatus;
  /** The figure last reported on the action itself (0..100). */
  progress: number;
}

/**
 * The one definition of an action's progress, shown alike on the home page, the action's
 * page and the plan tree: the action with its sub-actions rolled up as `rollUpProgress`
 * does (finished is 100, cancelled counts nowhere, a parent is the weighted mean of its
 * children). Null for a cancelled action. `rows` must hold every descendant of the ids asked.
 */
export function actionProgressById(rows: readonly ActionProgressRow[]): Map<string, number | null> {
  const children = new Map<string, ActionProgressRow[]>();
  for (const r of rows) {
    if (r.parentActionId === null) continue;
    children.set(r.parentActionId, [...(children.get(r.parentActionId) ?? []), r]);
  }
  const node = (r: ActionProgressRow): PlanNode => ({
    id: r.id,
    weight: r.weight,
    status: r.status,
    progress: r.progress,
    children: (children.get(r.id) ?? []).map(node),
  });
  return new Map(rows.map((r) => [r.id, rollUpProgress(node(r)).progress]));
}
