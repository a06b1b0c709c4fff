import { z } from 'zod';
import { hasControlCharacter, requiredText, textMessageKeys, titleText } from '../text/user-text.ts';
import { defineWorkflow, type PermissionCheck } from '../../engine/workflow/definition.ts';
import type { Role } from '../roles.ts';
import { actionMachine, actionMachineWithReminder, actionStatusOf } from './action-machine.ts';
import { byProgrammeManager, byOwnCoordinator } from '../permissions.ts';

const isoDateTime = z.iso.datetime({ offset: true });
const reason = requiredText(2000);
/** The form's and the CSV upload's rules, with message keys both show the same way. */
export const progressValueSchema = z
  .number({ error: 'improvement.progress.whole' })
  .int({ error: 'improvement.progress.whole' })
  .min(0, { error: 'improvement.progress.range' })
  .max(100, { error: 'improvement.progress.range' });
export const commentSchema = z
  .string()
  .trim()
  .max(2000, { error: 'improvement.comment.tooLong' })
  .refine((t) => !hasControlCharacter(t, { oneLine: false }), { error: textMessageKeys.controlCharacter });
const comment = commentSchema.optional();

export const actionInputSchema = z.object({
  actionId: z.string().min(1),
  entityId: z.string().min(1),
  ownerId: z.string().min(1),
  title: titleText(300),
  dueAt: isoDateTime,
  levelTwoAfterMs: z.number().int().positive().optional(),
});

/** Version 2 also takes the reminder lead time (default three days). */
export const actionInputSchemaWithReminder = actionInputSchema.extend({ reminderBeforeMs: z.number().int().positive().optional() });

export const actionEventPayloads = {
  APPROVE: z.object({}),
  START: z.object({}),
  UPDATE_PROGRESS: z.object({ progress: progressValueSchema, comment }),
  COMPLETE: z.object({ comment }),
  SEND_BACK: z.object({ reason }),
  VERIFY: z.object({ comment }),
  CANCEL: z.object({ reason }),
  EXTEND_DUE: z.object({ dueAt: isoDateTime, reason }),
} as const;

const programmeManager: Role = 'programme_manager';
const coordinator: Role = 'entity_coordinator';

/** A coordinator may withdraw their own entity's draft; once approved, only the programme manager cancels. */
function cancelAllowed({ actor, instance, snapshot }: PermissionCheck): boolean {
  if (actor.roles.includes(programmeManager)) return true;
  const ownEntity = actor.roles.includes(coordinator) && actor.entityId !== null && actor.entityId === instance.entityId;
  return ownEntity && actionStatusOf(snapshot) === 'draft';
}

/**
 * Entities write their own action plans (the programme manager approves them), so only
 * the coordinator of the owning entity starts an action (entity scope). Leadership has
 * no events: it reads plans, it does not change them.
 */
const actionEvents = {
  APPROVE: { payload: actionEventPayloads.APPROVE, permission: byProgrammeManager },
  START: { payload: actionEventPayloads.START, permission: byOwnCoordinator },
  UPDATE_PROGRESS: { payload: actionEventPayloads.UPDATE_PROGRESS, permission: byOwnCoordinator },
  COMPLETE: { payload: actionEventPayloads.COMPLETE, permission: byOwnCoordinator },
  SEND_BACK: { payload: actionEventPayloads.SEND_BACK, permission: byProgrammeManager },
  VERIFY: { payload: actionEventPayloads.VERIFY, permission: byProgrammeManager },
  EXTEND_DUE: { payload: actionEventPayloads.EXTEND_DUE, permission: byProgrammeManager },
  CANCEL: {
    payload: actionEventPayloads.CANCEL,
    permission: { roles: [programmeManager, coordinator], scope: 'any', allow: cancelAllowed },
  },
} as const;

export const actionWorkflow = defineWorkflow({
  kind: 'improvement_action',
  version: 1,
  machine: actionMachine,
  start: { permission: byOwnCoordinator, input: actionInputSchema },
  events: actionEvents,
});

/**
 * Version 2 adds the due-soon reminder. Instances started on version 1 keep running on
 * it (the registry holds both); new actions start on version 2.
 */
export const actionWorkflowWithReminder = defineWorkflow({
  kind: 'improvement_action',
  version: 2,
  machine: actionMachineWithReminder,
  start: { permission: byOwnCoordinator, input: actionInputSchemaWithReminder },
  events: actionEvents,
});
