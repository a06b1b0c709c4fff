import { z } from 'zod';
import { defineWorkflow, type EventPermission, type PermissionCheck } from '../../engine/workflow/definition.ts';
import { consultationMachine } from './consultation-machine.ts';

type Machine = typeof consultationMachine;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * The programme manager runs any consultation; an entity coordinator only their own
 * entity's (the engine's actor carries the entity the coordinator acts for on this record).
 */
export function mayRunConsultation({ actor, instance }: Pick<PermissionCheck<Machine>, 'actor' | 'instance'>): boolean {
  if (actor.roles.includes('programme_manager')) return true;
  return actor.roles.includes('entity_coordinator') && instance.entityId !== null && actor.entityId === instance.entityId;
}

const owner: EventPermission<Machine> = {
  roles: ['programme_manager', 'entity_coordinator'],
  scope: 'any',
  allow: mayRunConsultation,
};

export const consultationInputSchema = z.object({
  consultationId: z.string().min(1),
  entityId: z.string().min(1).nullable(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
});

export const consultationWorkflow = defineWorkflow({
  kind: 'consultation',
  version: 1,
  machine: consultationMachine,
  start: { permission: owner, input: consultationInputSchema },
  events: {
    SET_DATES: { payload: z.object({ opensAt: isoDateTime, closesAt: isoDateTime }), permission: owner },
    SCHEDULE: { payload: z.object({}), permission: owner },
    CLOSE_EARLY: { payload: z.object({}), permission: owner },
    PUBLISH_RESPONSE: { payload: z.object({}), permission: owner },
  },
});
