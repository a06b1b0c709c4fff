import { assign, setup } from 'xstate';
import type { EventActor } from '../../engine/workflow/actor.ts';

/** Fields the engine adds to every event a person sends (timer events carry none). */
interface Delivered {
  $actor: EventActor;
  $at: string;
}

export type ConsultationEvent = Delivered &
  (
    | { type: 'SET_DATES'; opensAt: string; closesAt: string }
    | { type: 'SCHEDULE' }
    | { type: 'CLOSE_EARLY' }
    | { type: 'PUBLISH_RESPONSE' }
  );

export interface ConsultationInput {
  consultationId: string;
  /** The owning entity; null for a consultation the programme itself runs. */
  entityId: string | null;
  opensAt: string;
  closesAt: string;
}

export interface ConsultationContext extends ConsultationInput {
  scheduledBy: string | null;
  closedEarlyBy: string | null;
  respondedBy: string | null;
}

/** The phases, in order; `scheduled` waits for the open date, the others are what the public sees. */
export const consultationPhases = ['draft', 'scheduled', 'open', 'closed', 'responded'] as const;
export type ConsultationPhase = (typeof consultationPhases)[number];

/**
 * A timer event has no `$at`: it fires at the moment it was set for, so its logical time is
 * the date that armed it (`fallback`).
 */
function eventTime(event: { type: string }, fallback: string): number {
  const at = (event as Partial<Delivered>).$at;
  return typeof at === 'string' ? Date.parse(at) : Date.parse(fallback);
}

/**
 * draft → scheduled (the owner confirms) → open (at `opensAt`, by durable timer) → closed (at
 * `closesAt`, or early by the owner) → responded (the owner publishes what it heard and will do).
 */
export const consultationMachine = setup({
  types: {
    context: {} as ConsultationContext,
    events: {} as ConsultationEvent,
    input: {} as ConsultationInput,
  },
  delays: {
    untilOpen: ({ context, event }) => Math.max(0, Date.parse(context.opensAt) - eventTime(event, context.opensAt)),
    untilClose: ({ context, event }) => Math.max(0, Date.parse(context.closesAt) - eventTime(event, context.opensAt)),
  },
  guards: {
    datesInOrder: ({ event }) =>
      event.type === 'SET_DATES' && Date.parse(event.opensAt) < Date.parse(event.closesAt) && Number.isFinite(Date.parse(event.opensAt)),
    closeStillAhead: ({ context, event }) => Date.parse(context.closesAt) > Date.parse(event.$at),
    openDateReached: ({ context, event }) => Date.parse(context.opensAt) <= eventTime(event, context.opensAt),
  },
  actions: {
    setDates: assign(({ context, event }) =>
      event.type === 'SET_DATES'
        ? { opensAt: event.opensAt, closesAt: event.closesAt }
        : { opensAt: context.opensAt, closesAt: context.closesAt },
    ),
    recordScheduler: assign({ scheduledBy: ({ event }) => event.$actor?.id ?? null }),
    recordEarlyClose: assign({ closedEarlyBy: ({ event }) => event.$actor?.id ?? null }),
    recordResponder: assign({ respondedBy: ({ event }) => event.$actor?.id ?? null }),
  },
}).createMachine({
  id: 'consultation',
  context: ({ input }) => ({ ...input, scheduledBy: null, closedEarlyBy: null, respondedBy: null }),
  initial: 'draft',
  states: {
    draft: {
      on: {
        SET_DATES: { guard: 'datesInOrder', actions: 'setDates' },
        // A close date already past would open and close at once: refused.
        SCHEDULE: { guard: 'closeStillAhead', target: 'scheduled', actions: 'recordScheduler' },
      },
    },
    scheduled: {
      always: { guard: 'openDateReached', target: 'open' },
      after: { untilOpen: 'open' },
    },
    open: {
      after: { untilClose: 'closed' },
      on: { CLOSE_EARLY: { target: 'closed', actions: 'recordEarlyClose' } },
    },
    closed: {
      on: { PUBLISH_RESPONSE: { target: 'responded', actions: 'recordResponder' } },
    },
    responded: { type: 'final' },
  },
});
