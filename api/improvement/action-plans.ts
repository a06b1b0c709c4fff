import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';

export interface NewActionPlan {
  entityId: string;
  title: string;
  /** assessment | workshop | journey | manual */
  origin: string;
  originId?: string | null;
  parentPlanId?: string | null;
  createdBy?: string | null;
}

/** Adds a plan (or a sub-plan) inside the caller's transaction; domains call this when they hand work over. */
export async function createActionPlan(db: DB, plan: NewActionPlan, at: Date = new Date()): Promise<{ id: string }> {
  if (plan.parentPlanId) {
    const parent = await db.selectFrom('action_plans').select('entity_id').where('id', '=', plan.parentPlanId).executeTakeFirst();
    if (!parent || parent.entity_id !== plan.entityId) throw new AppError('BAD_REQUEST', 'errors.improvement.planParentInvalid');
  }
  const id = randomUUID();
  await db
    .insertInto('action_plans')
    .values({
      id,
      entity_id: plan.entityId,
      title: plan.title,
      origin: plan.origin,
      origin_id: plan.originId ?? null,
      parent_plan_id: plan.parentPlanId ?? null,
      created_by: plan.createdBy ?? null,
      created_at: at,
    })
    .execute();
  return { id };
}
