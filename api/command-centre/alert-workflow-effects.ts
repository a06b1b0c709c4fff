import type { AnyStateMachine } from 'xstate';
import type { TransitionEffectArgs, WorkflowDefinition } from '../../engine/workflow/definition.ts';
import { productDb } from '../db/schema.ts';
import type { AlertContext } from '../../workflows/command-centre/alert-machine.ts';
import { alertWorkflow } from '../../workflows/command-centre/alert-workflow.ts';
import { sendAlertNotice } from './alert-notices.ts';

function statusOf(snapshot: { value: unknown }): 'open' | 'escalated' | 'resolved' {
  return snapshot.value as 'open' | 'escalated' | 'resolved';
}

/**
 * The alert workflow as the product runs it: the `centre_alerts` read model follows every
 * transition, and raising and escalating send their notices, in the transition's transaction.
 * The escalation is an engine timer, so it fires after a restart like any other.
 */
export const productAlertWorkflow: WorkflowDefinition<AnyStateMachine> = {
  ...(alertWorkflow as unknown as WorkflowDefinition<AnyStateMachine>),
  async onTransition(args: TransitionEffectArgs<AnyStateMachine>) {
    const db = productDb(args.db);
    const context = args.after.context as AlertContext;
    const id = args.instance.id;
    if (args.before === null) {
      await db
        .insertInto('centre_alerts')
        .values({
          id,
          threshold_id: context.thresholdId,
          entity_id: context.entityId,
          centre_code: context.centreCode,
          metric: context.metric,
          window: context.window,
          comparison: context.comparison,
          target: context.target,
          value: context.value,
          status: statusOf(args.after),
          level: context.level,
          acknowledged_by: null,
          gap_id: null,
          raised_at: context.raisedAt,
          resolved_at: null,
        })
        .execute();
      await sendAlertNotice(db, id, context, 1, args.at);
      return;
    }
    const before = args.before.context as AlertContext;
    await db
      .updateTable('centre_alerts')
      .set({
        status: statusOf(args.after),
        level: context.level,
        acknowledged_by: context.acknowledgedBy,
        gap_id: context.gapId,
        resolved_at: context.resolvedAt,
      })
      .where('id', '=', id)
      .execute();
    if (context.level === 2 && before.level === 1) await sendAlertNotice(db, id, context, 2, args.at);
  },
};
