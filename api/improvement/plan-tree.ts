import type { DB } from '../db/schema.ts';
import type { ActionStatus } from '../../workflows/improvement/action-status.ts';
import { progressById, rollUpProgress, type PlanNode } from '../../workflows/improvement/progress-rollup.ts';

export interface PlanActionView {
  id: string;
  code: string | null;
  title: string;
  status: ActionStatus;
  ownerId: string | null;
  dueAt: string;
  weight: number;
  ownProgress: number;
  /** Weighted roll-up of the action and its sub-actions; null when nothing under it counts. */
  progress: number | null;
  escalationLevel: number;
  children: PlanActionView[];
}

export interface PlanView {
  id: string;
  entityId: string;
  title: string;
  origin: string;
  originId: string | null;
  parentPlanId: string | null;
  progress: number | null;
  actions: PlanActionView[];
  subPlans: PlanView[];
}

type PlanRow = { id: string; entity_id: string; title: string; origin: string; origin_id: string | null; parent_plan_id: string | null };
type ActionRow = {
  id: string;
  code: string | null;
  plan_id: string;
  parent_action_id: string | null;
  title: string;
  status: ActionStatus;
  owner_id: string | null;
  due_at: Date | string;
  weight: number;
  progress: number;
  escalation_level: number;
};

/**
 * A plan with its sub-plans, actions and sub-actions, progress rolled up by weight with
 * the pure `rollUpProgress` (sub-plans weigh 1 among their siblings).
 */
export async function loadPlanTree(db: DB, planId: string): Promise<PlanView | null> {
  const root = await db.selectFrom('action_plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!root) return null;
  // Plans nest shallowly in practice; walk them level by level.
  const plans: PlanRow[] = [root];
  let frontier = [root.id];
  while (frontier.length > 0) {
    const next = await db.selectFrom('action_plans').selectAll().where('parent_plan_id', 'in', frontier).execute();
    plans.push(...next);
    frontier = next.map((p) => p.id);
  }
  const actions: ActionRow[] = await db
    .selectFrom('actions')
    .select([
      'id',
      'code',
      'plan_id',
      'parent_action_id',
      'title',
      'status',
      'owner_id',
      'due_at',
      'weight',
      'progress',
      'escalation_level',
    ])
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('due_at')
    .orderBy('code')
    .execute();

  const childActions = (parent: string | null, plan: string) => actions.filter((a) => a.plan_id === plan && a.parent_action_id === parent);
  const actionNode = (a: ActionRow): PlanNode => ({
    id: a.id,
    weight: a.weight,
    status: a.status,
    progress: a.progress,
    children: childActions(a.id, a.plan_id).map(actionNode),
  });
  const planNode = (p: PlanRow): PlanNode => ({
    id: p.id,
    weight: 1,
    status: null,
    progress: 0,
    children: [...childActions(null, p.id).map(actionNode), ...plans.filter((c) => c.parent_plan_id === p.id).map(planNode)],
  });
  const rolled = progressById(rollUpProgress(planNode(root)));

  const actionView = (a: ActionRow): PlanActionView => ({
    id: a.id,
    code: a.code,
    title: a.title,
    status: a.status,
    ownerId: a.owner_id,
    dueAt: new Date(a.due_at).toISOString(),
    weight: a.weight,
    ownProgress: a.progress,
    progress: rolled.get(a.id) ?? null,
    escalationLevel: a.escalation_level,
    children: childActions(a.id, a.plan_id).map(actionView),
  });
  const planView = (p: PlanRow): PlanView => ({
    id: p.id,
    entityId: p.entity_id,
    title: p.title,
    origin: p.origin,
    originId: p.origin_id,
    parentPlanId: p.parent_plan_id,
    progress: rolled.get(p.id) ?? null,
    actions: childActions(null, p.id).map(actionView),
    subPlans: plans.filter((c) => c.parent_plan_id === p.id).map(planView),
  });
  return planView(root);
}
