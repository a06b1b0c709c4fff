import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { createActionPlan } from '../improvement/action-plans.ts';
import { createAction } from '../improvement/create-action.ts';
import { requireJourney } from './journey-store.ts';

export interface PlanItemInput {
  title: string;
  ownerId: string;
  milestone: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** Diff group keys of the gaps this action closes. */
  changeKeys: string[];
  opportunityIds: string[];
}

/**
 * Adds actions to the journey's transition plan: one shared action plan per journey and
 * each action an `improvement_action` workflow instance linked to the journey's gaps,
 * all with the machine's PLAN_SAVED in one transaction.
 */
export async function addPlanItems(
  db: DB,
  engine: WorkflowEngine,
  journeyId: string,
  items: PlanItemInput[],
  actor: Actor,
  at: Date = new Date(),
) {
  return inTransaction(db, async (trx) => {
    const journey = await requireJourney(trx, journeyId);
    if (journey.phase !== 'transition_plan')
      throw new AppError('PRECONDITION_FAILED', 'errors.journeys.wrong_phase', { phase: journey.phase });
    const gaps = new Map(
      (await trx.selectFrom('journey_gaps').select(['change_key', 'gap_id']).where('journey_id', '=', journey.id).execute()).map((g) => [
        g.change_key,
        g.gap_id,
      ]),
    );
    const opportunities = new Set(
      (await trx.selectFrom('journey_opportunities').select('id').where('journey_id', '=', journey.id).execute()).map((o) => o.id),
    );
    const owners = new Set(
      (
        await trx
          .selectFrom('users')
          .select('id')
          .where(
            'id',
            'in',
            items.map((i) => i.ownerId),
          )
          .execute()
      ).map((u) => u.id),
    );
    let plan = await trx
      .selectFrom('action_plans')
      .select('id')
      .where('origin', '=', 'journey')
      .where('origin_id', '=', journey.id)
      .executeTakeFirst();
    if (!plan)
      plan = await createActionPlan(
        trx,
        {
          entityId: journey.entityId,
          title: `${journey.title.ar} / ${journey.title.en}`,
          origin: 'journey',
          originId: journey.id,
          createdBy: actor.id,
        },
        at,
      );
    const created: { id: string; code: string }[] = [];
    for (const item of items) {
      const unknownKey = item.changeKeys.find((k) => !gaps.has(k));
      if (unknownKey) throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_gap', { id: unknownKey });
      const unknownOpp = item.opportunityIds.find((o) => !opportunities.has(o));
      if (unknownOpp) throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_opportunity', { id: unknownOpp });
      if (!owners.has(item.ownerId)) throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_owner');
      const action = await createAction(
        { engine, db: trx },
        {
          planId: plan.id,
          entityId: journey.entityId,
          ownerId: item.ownerId,
          title: item.title,
          dueAt: `${item.dueDate}T23:59:59Z`,
          gapIds: item.changeKeys.map((k) => gaps.get(k)!),
        },
        actor,
      );
      await trx
        .insertInto('journey_plan_items')
        .values({
          journey_id: journey.id,
          id: action.id,
          plan_id: plan.id,
          title: item.title,
          owner_id: item.ownerId,
          milestone: item.milestone,
          due_date: item.dueDate,
          change_keys: JSON.stringify(item.changeKeys),
          opportunity_ids: JSON.stringify(item.opportunityIds),
        })
        .execute();
      created.push(action);
    }
    const total = await trx
      .selectFrom('journey_plan_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('journey_id', '=', journey.id)
      .executeTakeFirstOrThrow();
    await engine.send({ instanceId: journey.id, event: { type: 'PLAN_SAVED', actionCount: Number(total.n) }, actor }, trx);
    return { planId: plan.id, actions: created };
  });
}

export async function loadPlanItems(db: DB, journeyId: string) {
  return db
    .selectFrom('journey_plan_items')
    .leftJoin('actions', 'actions.id', 'journey_plan_items.id')
    .select([
      'journey_plan_items.id',
      'journey_plan_items.plan_id',
      'journey_plan_items.title',
      'journey_plan_items.owner_id',
      'journey_plan_items.milestone',
      'journey_plan_items.due_date',
      'journey_plan_items.change_keys',
      'journey_plan_items.opportunity_ids',
      'actions.code',
      'actions.status',
      'actions.progress',
    ])
    .where('journey_plan_items.journey_id', '=', journeyId)
    .orderBy('journey_plan_items.due_date')
    .execute();
}
