import { z } from 'zod';
import { defineWorkflow, type PermissionCheck } from '../../engine/workflow/definition.ts';
import { alertMachine } from './alert-machine.ts';

export const alertKind = 'centre_alert';

/** Raised by the product itself (the threshold check), never by a person. */
export const alertInputSchema = z.object({
  alertId: z.string().min(1),
  thresholdId: z.string().min(1),
  entityId: z.string().min(1),
  centreCode: z.string().min(1),
  metric: z.string().min(1),
  window: z.string().min(1),
  comparison: z.enum(['above', 'below']),
  target: z.number(),
  value: z.number(),
  raisedAt: z.iso.datetime({ offset: true }),
  escalateAfterMs: z.number().int().positive(),
});

/** The entity's own supervisors and ambassadors answer their alerts; the programme manager answers any. */
const entityWatchers = ['centre_supervisor', 'quality_ambassador'];
function ownOrProgramme({ actor, instance }: PermissionCheck): boolean {
  if (actor.roles.includes('programme_manager')) return true;
  return actor.entityId !== null && actor.entityId === instance.entityId && actor.roles.some((r) => entityWatchers.includes(r));
}
const byWatchers = { roles: ['programme_manager', ...entityWatchers], scope: 'any', allow: ownOrProgramme } as const;

export const alertWorkflow = defineWorkflow({
  kind: alertKind,
  version: 1,
  machine: alertMachine,
  start: { permission: { roles: [], scope: 'any' }, input: alertInputSchema },
  events: {
    ACKNOWLEDGE: { payload: z.object({ note: z.string().max(500).optional() }), permission: byWatchers },
    RESOLVE: { payload: z.object({}), permission: byWatchers },
    RECORD_GAP: { payload: z.object({ gapId: z.string().min(1), gapCode: z.string().min(1) }), permission: byWatchers },
  },
});
