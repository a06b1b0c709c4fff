import type { z } from 'zod';
import { defineWorkflow, type EventPermission, type EventSpec } from '../../engine/workflow/definition.ts';
import { facilitatorEventTypes, workshopEventPayloads, type WorkshopEventType } from './workshop-events.ts';
import { workshopInputSchema } from './workshop-input.ts';
import { isWorkshopMember, workshopMachine } from './workshop-machine.ts';

type Machine = typeof workshopMachine;

/** Only the workshop's own facilitator drives it. */
const facilitatorOnly: EventPermission<Machine> = {
  roles: ['facilitator'],
  scope: 'any',
  allow: ({ actor, snapshot }) => actor.id !== null && actor.id === snapshot.context.facilitatorId,
};

/**
 * Customers (participant) and entity representatives (entity_coordinator) contribute;
 * they must be on this workshop's participant list and not removed, so a customer invited
 * to one workshop can never write to another.
 */
const members: EventPermission<Machine> = {
  roles: ['participant', 'entity_coordinator', 'facilitator'],
  scope: 'any',
  allow: ({ actor, snapshot }) => isWorkshopMember(snapshot.context, actor.id),
};

const facilitatorEvents = new Set<WorkshopEventType>(facilitatorEventTypes);

const events = Object.fromEntries(
  (Object.keys(workshopEventPayloads) as WorkshopEventType[]).map((type): [string, EventSpec<Machine>] => [
    type,
    {
      payload: workshopEventPayloads[type] as z.ZodType<Record<string, unknown>>,
      permission: facilitatorEvents.has(type) ? facilitatorOnly : members,
    },
  ]),
);

export const workshopWorkflow = defineWorkflow({
  kind: 'workshop',
  version: 1,
  machine: workshopMachine,
  start: {
    // The API sets `facilitatorId` to the starting facilitator; events are then checked against it.
    permission: { roles: ['facilitator'], scope: 'any' },
    input: workshopInputSchema,
  },
  events,
});
