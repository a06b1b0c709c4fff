import type { AnyStateMachine } from 'xstate';
import type { TransitionEffectArgs, WorkflowDefinition } from '../../engine/workflow/definition.ts';
import { productDb } from '../db/schema.ts';
import { failedItems, visitScore } from '../../workflows/mystery-shopper/checklist.ts';
import { visitWorkflow, type VisitContext, type VisitReport } from '../../workflows/mystery-shopper/visit-machine.ts';
import { feedCentreComposite } from './composite-feed.ts';
import { raiseFindingGaps } from './finding-gaps.ts';

/**
 * Keeps the visit's row in step with its machine, in the transition's transaction: the row at
 * start, the report and its score at submission, the review, and on acceptance the findings as
 * gaps and the centre's composite source. A failure here rolls the transition back.
 */
async function visitTransitionEffects(args: TransitionEffectArgs<AnyStateMachine>): Promise<void> {
  const db = productDb(args.db);
  const context = args.after.context as VisitContext;
  const state = String(args.after.value);
  const id = args.instance.id;
  if (args.before === null) {
    await db
      .insertInto('mystery_visits')
      .values({
        id,
        period_id: context.periodId,
        centre_id: context.centreId,
        entity_id: context.entityId,
        channel: context.channel,
        scenario_id: context.scenarioId,
        shopper_id: context.shopperId,
        planned_on: context.plannedOn,
        announced: context.announced,
        state,
        report: null,
        score: null,
        submission_key: null,
        submitted_at: null,
        return_reason: null,
        reviewed_by: null,
        reviewed_at: null,
      })
      .execute();
    return;
  }
  const scenario = await db
    .selectFrom('mystery_scenarios')
    .select('checklist')
    .where('id', '=', context.scenarioId)
    .executeTakeFirstOrThrow();
  switch (args.event.type) {
    case 'SUBMIT': {
      const report = args.event.report as VisitReport;
      await db
        .updateTable('mystery_visits')
        .set({
          state,
          report: JSON.stringify(report),
          score: visitScore(scenario.checklist, report.answers),
          submission_key: args.event.clientKey as string,
          submitted_at: args.at,
          return_reason: null,
        })
        .where('id', '=', id)
        .execute();
      return;
    }
    case 'RETURN':
    case 'CANCEL':
      await db
        .updateTable('mystery_visits')
        .set({ state, return_reason: args.event.reason as string, reviewed_by: args.actor.id, reviewed_at: args.at })
        .where('id', '=', id)
        .execute();
      return;
    case 'ACCEPT': {
      await db
        .updateTable('mystery_visits')
        .set({ state, reviewed_by: args.actor.id, reviewed_at: args.at })
        .where('id', '=', id)
        .execute();
      const visit = await db.selectFrom('mystery_visits').select('report').where('id', '=', id).executeTakeFirstOrThrow();
      const centre = await db
        .selectFrom('service_centres')
        .select(['name_ar', 'name_en'])
        .where('id', '=', context.centreId)
        .executeTakeFirstOrThrow();
      await raiseFindingGaps(
        db,
        { id, centreId: context.centreId, entityId: context.entityId, channel: context.channel },
        failedItems(scenario.checklist, visit.report?.answers ?? {}),
        { ar: centre.name_ar, en: centre.name_en },
        args.at,
      );
      await feedCentreComposite(db, context.periodId, context.centreId, args.actor.id ?? context.shopperId, args.at);
      return;
    }
    case 'REASSIGN':
      await db
        .updateTable('mystery_visits')
        .set({ state, shopper_id: context.shopperId, planned_on: context.plannedOn })
        .where('id', '=', id)
        .execute();
      return;
    default:
      await db.updateTable('mystery_visits').set({ state }).where('id', '=', id).execute();
  }
}

/** The visit workflow as the product runs it. */
export const productVisitWorkflow: WorkflowDefinition<typeof visitWorkflow.machine> = {
  ...visitWorkflow,
  onTransition: visitTransitionEffects,
};
