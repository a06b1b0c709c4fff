import { z } from 'zod';
import { defineWorkflow, type PermissionCheck } from '../../engine/workflow/definition.ts';
import type { Role } from '../roles.ts';
import { actionMachine } from './action-machine.ts';

const isoDateTime = z.iso.datetime({ offset: true });
const reason = z.string().trim().min(1).max(2000);
/** The form's and the CSV upload's rules, with message keys both show the same way. */
export const progressValueSchema = z
  .number({ error: 'improvement.progress.whole' })
  .int({ error: 'improvement.progress.whole' })
  .min(0, { error: 'improvement.progress.range' })
  .max(100, { error: 'improvement.progress.range' });
export const commentSchema = z.string().trim().max(2000, { error: 'improvement.comment.tooLong' });
const comment = commentSchema.optional();

export const actionInputSchema = z.object({
  actionId: z.string().min(1),
  entityId: z.string().min(1),
  ownerId: z.string().min(1),
  title: z.string().trim().min(1).max(300),
  dueAt: isoDateTime,
  levelTwoAfterMs: z.number().int().positive().optional(),
});

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

/** The coordinator may act only inside their own entity; the programme manager anywhere. */
function programmeManagerOrOwnEntity({ actor, instance }: PermissionCheck): boolean {
  if (actor.roles.includes(programmeManager)) return true;
  return actor.roles.includes(coordinator) && actor.entityId !== null && actor.entityId === instance.entityId;
}

/** A coordinator may withdraw their own draft; once approved, only the programme manager cancels. */
function cancelAllowed(check: PermissionCheck): boolean {
  if (check.actor.roles.includes(programmeManager)) return true;
  return programmeManagerOrOwnEntity(check) && check.instance.state === 'draft';
}

const byProgrammeManager = { roles: [programmeManager], scope: 'any' } as const;
const byOwnCoordinator = { roles: [coordinator], scope: 'entity' } as const;

/** Leadership has no events here: it reads plans, it does not change them. */
export const actionWorkflow = defineWorkflow({
  kind: 'improvement_action',
  version: 1,
  machine: actionMachine,
  start: {
    permission: { roles: [programmeManager, coordinator], scope: 'any', allow: programmeManagerOrOwnEntity },
    input: actionInputSchema,
  },
  events: {
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
  },
});
