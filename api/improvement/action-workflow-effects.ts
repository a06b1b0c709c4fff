import type { AnyStateMachine } from 'xstate';
import type { TransitionEffectArgs, WorkflowDefinition } from '../../engine/workflow/definition.ts';
import { productDb } from '../db/schema.ts';
import { actionStatusOf, type ActionContext } from '../../workflows/improvement/action-machine.ts';
import { type actionWorkflow, actionWorkflowWithReminder } from '../../workflows/improvement/action-workflow.ts';
import { syncActionRow } from './action-read-model.ts';
import { sendEscalationNotices } from './escalation-notices.ts';
import { syncGapsOfAction } from './gap-status-sync.ts';
import { assertNotBlocked } from './dependency-guard.ts';
import { viewerOfActor } from './register-access.ts';
import { sendDueReminder } from './due-reminder-notice.ts';

/**
 * The action workflow as the product runs it: every transition updates the `actions`
 * read model, re-derives the linked gaps' status and sends escalation notices, all in
 * the transition's transaction. Version 2 also sends the due-soon reminder; both versions
 * are registered so instances started on version 1 keep running.
 */
export function improvementActionWorkflow(
  definition: typeof actionWorkflow | typeof actionWorkflowWithReminder = actionWorkflowWithReminder,
): WorkflowDefinition<AnyStateMachine> {
  return {
    ...(definition as unknown as WorkflowDefinition<AnyStateMachine>),
    async onTransition(args: TransitionEffectArgs<AnyStateMachine>) {
      if (args.before === null) return;
      const db = productDb(args.db);
      // Here rather than in one router, so every path (actions API, generic workflow API, CSV) obeys it; throwing rolls the transition back.
      if (args.event.type === 'COMPLETE') await assertNotBlocked(db, args.instance.id, viewerOfActor(args.actor));
      const { at } = args;
      const context = args.after.context as ActionContext;
      const beforeContext = args.before.context as ActionContext;
      const status = actionStatusOf(args.after);
      await syncActionRow(db, args.instance.id, status, context, at);
      if (status !== actionStatusOf(args.before)) await syncGapsOfAction(db, args.instance.id, at);
      if (context.remindedFor && context.remindedFor !== beforeContext.remindedFor) {
        await sendDueReminder(
          db,
          { id: args.instance.id, entityId: context.entityId, ownerId: context.ownerId, title: context.title, dueAt: context.dueAt },
          at,
        );
      }
      if (context.escalationLevel > beforeContext.escalationLevel) {
        await sendEscalationNotices(
          db,
          { id: args.instance.id, entityId: context.entityId, title: context.title, dueAt: context.dueAt },
          beforeContext.escalationLevel,
          context.escalationLevel,
          at,
        );
      }
    },
  };
}
