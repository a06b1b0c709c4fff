import { assign, setup } from 'xstate';
import type { EventActor } from '../../engine/workflow/actor.ts';

interface Delivered {
  $actor: EventActor;
  $at: string;
}

export type AlertEvent = Delivered &
  ({ type: 'ACKNOWLEDGE'; note?: string } | { type: 'RESOLVE' } | { type: 'RECORD_GAP'; gapId: string; gapCode: string });

export interface AlertInput {
  alertId: string;
  thresholdId: string;
  entityId: string;
  centreCode: string;
  metric: string;
  window: string;
  comparison: 'above' | 'below';
  target: number;
  value: number;
  raisedAt: string;
  escalateAfterMs: number;
}

export interface AlertContext extends AlertInput {
  /** 1: the centre's supervisor and the entity's quality ambassador told; 2: the programme manager too. */
  level: 1 | 2;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  gapId: string | null;
  gapCode: string | null;
}

/**
 * A breached target, from raise to resolution. While it stays open the escalation timer runs
 * (a durable engine timer, so a restart does not lose it); acknowledging it does not stop the
 * clock, only getting back within target (RESOLVE) does. It can be raised as a gap at any time.
 */
export const alertMachine = setup({
  types: { context: {} as AlertContext, events: {} as AlertEvent, input: {} as AlertInput },
  delays: {
    // A timer's logical time is its due time; from raise, the remaining wait (0 when overdue).
    untilEscalation: ({ context, event }) => {
      const at = (event as Partial<Delivered>).$at;
      const now = typeof at === 'string' ? Date.parse(at) : Date.parse(context.raisedAt);
      return Math.max(0, Date.parse(context.raisedAt) + context.escalateAfterMs - now);
    },
  },
  actions: {
    escalate: assign({ level: 2 as const }),
    acknowledge: assign({ acknowledgedBy: ({ event }) => (event.type === 'ACKNOWLEDGE' ? event.$actor.id : null) }),
    resolve: assign({ resolvedAt: ({ event }) => (event as Partial<Delivered>).$at ?? null }),
    recordGap: assign(({ context, event }) =>
      event.type === 'RECORD_GAP' ? { gapId: event.gapId, gapCode: event.gapCode } : { gapId: context.gapId, gapCode: context.gapCode },
    ),
  },
  guards: {
    noGapYet: ({ context }) => context.gapId === null,
  },
}).createMachine({
  id: 'centreAlert',
  context: ({ input }) => ({ ...input, level: 1, acknowledgedBy: null, resolvedAt: null, gapId: null, gapCode: null }),
  initial: 'open',
  on: {
    RECORD_GAP: { guard: 'noGapYet', actions: 'recordGap' },
  },
  states: {
    open: {
      after: { untilEscalation: { target: 'escalated', actions: 'escalate' } },
      on: {
        ACKNOWLEDGE: { actions: 'acknowledge' },
        RESOLVE: { target: 'resolved', actions: 'resolve' },
      },
    },
    escalated: {
      on: {
        ACKNOWLEDGE: { actions: 'acknowledge' },
        RESOLVE: { target: 'resolved', actions: 'resolve' },
      },
    },
    resolved: { type: 'final' },
  },
});
