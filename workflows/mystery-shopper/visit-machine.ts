import { assign, setup } from 'xstate';
import { z } from 'zod';
import type { EventActor } from '../../engine/workflow/actor.ts';
import { defineWorkflow, type EventPermission } from '../../engine/workflow/definition.ts';
import { freeText } from '../text/user-text.ts';
import { answerSchema } from './checklist.ts';
import { shopperChannels } from './profile.ts';

/** What a visit starts from: who visits which centre, on which channel, and whether the centre was told. */
export const visitInputSchema = z.object({
  periodId: z.string().min(1),
  shopperId: z.string().min(1),
  centreId: z.string().min(1),
  entityId: z.string().min(1),
  channel: z.enum(shopperChannels),
  scenarioId: z.string().min(1),
  /** yyyy-mm-dd */
  plannedOn: z.iso.date(),
  /** Scheduled visits are announced to the centre; unannounced ones it never sees. */
  announced: z.boolean(),
  /** The scenario's checklist codes, frozen at planning: a report must answer each. */
  itemCodes: z.array(z.string().min(1)).min(1),
});
export type VisitInput = z.infer<typeof visitInputSchema>;

/** The shopper's report, as filled on the phone. */
export const visitReportSchema = z.object({
  arrivedAt: z.iso.datetime({ offset: true }),
  ticket: z.string().trim().max(40),
  waitingMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  serviceMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  answers: z.record(z.string().min(1).max(40), answerSchema),
  notes: freeText(4000),
});
export type VisitReport = z.infer<typeof visitReportSchema>;

export interface VisitContext extends VisitInput {
  returnReason: string | null;
  submissions: number;
}

type VisitEvent =
  | ({ type: 'SUBMIT'; report: VisitReport; clientKey: string } & Stamp)
  | ({ type: 'ACCEPT' } & Stamp)
  | ({ type: 'RETURN'; reason: string } & Stamp)
  | ({ type: 'CANCEL'; reason: string } & Stamp)
  | ({ type: 'REASSIGN'; shopperId: string; plannedOn: string } & Stamp);
interface Stamp {
  $actor?: EventActor;
  $at?: string;
}

export const visitMachine = setup({
  types: { context: {} as VisitContext, events: {} as VisitEvent, input: {} as VisitInput },
  guards: {
    // A report answers every item of the checklist, and only those.
    answersEveryItem: ({ context, event }) =>
      event.type === 'SUBMIT' &&
      context.itemCodes.every((c) => event.report.answers[c] !== undefined) &&
      Object.keys(event.report.answers).every((c) => context.itemCodes.includes(c)),
  },
}).createMachine({
  id: 'mysteryVisit',
  initial: 'assigned',
  context: ({ input }) => ({ ...input, returnReason: null, submissions: 0 }),
  states: {
    assigned: {
      on: {
        SUBMIT: {
          guard: 'answersEveryItem',
          target: 'submitted',
          actions: assign({ submissions: ({ context }) => context.submissions + 1 }),
        },
        CANCEL: 'cancelled',
        // The plan stays editable until the shopper reports: another shopper or another day.
        REASSIGN: {
          actions: assign(({ event }) => (event.type === 'REASSIGN' ? { shopperId: event.shopperId, plannedOn: event.plannedOn } : {})),
        },
      },
    },
    submitted: {
      on: {
        ACCEPT: 'accepted',
        RETURN: {
          target: 'returned',
          actions: assign({ returnReason: ({ event }) => (event.type === 'RETURN' ? event.reason : null) }),
        },
      },
    },
    returned: {
      on: {
        SUBMIT: {
          guard: 'answersEveryItem',
          target: 'submitted',
          actions: assign({ submissions: ({ context }) => context.submissions + 1, returnReason: null }),
        },
        CANCEL: 'cancelled',
      },
    },
    accepted: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** Only the shopper the visit is assigned to reports it. */
const assignedShopper: EventPermission<typeof visitMachine> = {
  roles: ['mystery_shopper'],
  scope: 'any',
  allow: ({ actor, snapshot }) => actor.id === snapshot.context.shopperId,
};

/** The programme reviews; a programme manager who is also the visit's shopper may not review their own report. */
const reviewer: EventPermission<typeof visitMachine> = {
  roles: ['programme_manager', 'administrator'],
  scope: 'any',
  allow: ({ actor, snapshot }) => actor.id !== snapshot.context.shopperId,
};

const reason = z.object({ reason: z.string().trim().min(1).max(2000) });

export const visitWorkflow = defineWorkflow({
  kind: 'mystery_shopper_visit',
  version: 1,
  machine: visitMachine,
  start: { permission: { roles: ['programme_manager', 'administrator'], scope: 'any' }, input: visitInputSchema },
  events: {
    SUBMIT: { payload: z.object({ report: visitReportSchema, clientKey: z.string().min(8).max(100) }), permission: assignedShopper },
    ACCEPT: { payload: z.object({}), permission: reviewer },
    RETURN: { payload: reason, permission: reviewer },
    CANCEL: { payload: reason, permission: reviewer },
    REASSIGN: {
      payload: z.object({ shopperId: z.string().min(1).max(100), plannedOn: z.iso.date() }),
      permission: { roles: ['programme_manager', 'administrator'], scope: 'any' },
    },
  },
});
