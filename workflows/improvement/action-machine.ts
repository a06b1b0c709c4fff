import { assign, setup } from 'xstate';
import type { EventActor } from '../../engine/workflow/actor.ts';
import type { ActionStatus } from './action-status.ts';
import { msUntilOverdue } from './overdue.ts';

/** Fields the engine adds to every event it delivers. */
interface Delivered {
  $actor: EventActor;
  $at: string;
}

export type ActionEvent = Delivered &
  (
    | { type: 'APPROVE' }
    | { type: 'START' }
    | { type: 'UPDATE_PROGRESS'; progress: number; comment?: string }
    | { type: 'COMPLETE'; comment?: string }
    | { type: 'SEND_BACK'; reason: string }
    | { type: 'VERIFY'; comment?: string }
    | { type: 'CANCEL'; reason: string }
    | { type: 'EXTEND_DUE'; dueAt: string; reason: string }
  );

export const defaultLevelTwoAfterMs = 7 * 24 * 60 * 60 * 1000;
/** How long before the due date the owner hears that it is coming (version 2). */
export const defaultReminderBeforeMs = 3 * 24 * 60 * 60 * 1000;

export interface ActionInput {
  actionId: string;
  entityId: string;
  /** The person answerable within the entity. */
  ownerId: string;
  title: string;
  dueAt: string;
  /** How long after the due date an overdue action goes up to the programme manager. */
  levelTwoAfterMs?: number;
  /** Version 2: how long before the due date the due-soon reminder fires. */
  reminderBeforeMs?: number;
}

/** 0: on time; 1: overdue, entity coordinator told; 2: still overdue, programme manager told. */
export type EscalationLevel = 0 | 1 | 2;

export interface ActionContext {
  actionId: string;
  entityId: string;
  ownerId: string;
  title: string;
  dueAt: string;
  levelTwoAfterMs: number;
  progress: number;
  escalationLevel: EscalationLevel;
  overdueSince: string | null;
  approvedBy: string | null;
  verifiedBy: string | null;
  cancelReason: string | null;
  /** Status the action was in when cancelled, for the audit view. */
  cancelledFrom: ActionStatus | null;
  /** Version 2 only (absent from version-1 snapshots). */
  reminderBeforeMs?: number;
  /** The due date the last due-soon reminder was sent for; a new value means a new reminder. */
  remindedFor?: string | null;
}

/**
 * Timer events carry no `$at` of their own; a timer fires at the moment it was set for,
 * so the deadline timer's logical time is the due date.
 */
function eventTime(event: { type: string }, context: ActionContext): number {
  const at = (event as Partial<Delivered>).$at;
  return typeof at === 'string' ? Date.parse(at) : Date.parse(context.dueAt);
}

function reminderAt(context: ActionContext): number {
  return Date.parse(context.dueAt) - (context.reminderBeforeMs ?? defaultReminderBeforeMs);
}

const actionSetup = setup({
  types: {
    context: {} as ActionContext,
    events: {} as ActionEvent,
    input: {} as ActionInput,
  },
  delays: {
    untilDue: ({ context, event }) => msUntilOverdue(context.dueAt, eventTime(event, context)),
    untilLevelTwo: ({ context, event }) => Math.max(0, Date.parse(context.dueAt) + context.levelTwoAfterMs - eventTime(event, context)),
    untilReminder: ({ context, event }) => Math.max(0, reminderAt(context) - eventTime(event, context)),
  },
  guards: {
    /** Approved (or extended) inside the reminder window: the date is already close, no reminder is owed. */
    reminderWindowPassed: ({ context, event }) => reminderAt(context) <= eventTime(event, context),
    progressInRange: ({ event }) =>
      event.type === 'UPDATE_PROGRESS' && Number.isInteger(event.progress) && event.progress >= 0 && event.progress <= 100,
    hasReason: ({ event }) =>
      (event.type === 'CANCEL' || event.type === 'SEND_BACK' || event.type === 'EXTEND_DUE') && event.reason.trim() !== '',
    extendsIntoFuture: ({ context, event }) => {
      if (event.type !== 'EXTEND_DUE' || event.reason.trim() === '') return false;
      const next = Date.parse(event.dueAt);
      return Number.isFinite(next) && next > Date.parse(context.dueAt) && next > Date.parse(event.$at);
    },
  },
  actions: {
    recordProgress: assign({ progress: ({ context, event }) => (event.type === 'UPDATE_PROGRESS' ? event.progress : context.progress) }),
    recordApproval: assign({ approvedBy: ({ event }) => (event.type === 'APPROVE' ? event.$actor.id : null) }),
    recordVerification: assign({ verifiedBy: ({ event }) => (event.type === 'VERIFY' ? event.$actor.id : null) }),
    completeProgress: assign({ progress: 100 }),
    extendDue: assign({ dueAt: ({ context, event }) => (event.type === 'EXTEND_DUE' ? event.dueAt : context.dueAt) }),
    clearOverdue: assign({ escalationLevel: 0 as EscalationLevel, overdueSince: null }),
    markOverdue: assign({ escalationLevel: 1 as EscalationLevel, overdueSince: ({ context }) => context.dueAt }),
    escalateToProgrammeManager: assign({ escalationLevel: 2 as EscalationLevel }),
    markReminded: assign({ remindedFor: ({ context }) => context.dueAt }),
    recordCancel: assign(({ event }, params: { from: ActionStatus }) => ({
      cancelReason: event.type === 'CANCEL' ? event.reason.trim() : null,
      cancelledFrom: params.from,
    })),
  },
});

/**
 * Version 1 has no reminder; version 2 starts the deadline region in `upcoming`, which
 * waits for the reminder moment (due date minus `reminderBeforeMs`) before `on_time`.
 * Both keep the same state ids, so version-1 snapshots restore unchanged.
 */
function buildActionMachine(withReminder: boolean) {
  return actionSetup.createMachine({
    id: 'improvementAction',
    context: ({ input }) => ({
      actionId: input.actionId,
      entityId: input.entityId,
      ownerId: input.ownerId,
      title: input.title,
      dueAt: input.dueAt,
      levelTwoAfterMs: input.levelTwoAfterMs ?? defaultLevelTwoAfterMs,
      progress: 0,
      escalationLevel: 0,
      overdueSince: null,
      approvedBy: null,
      verifiedBy: null,
      cancelReason: null,
      cancelledFrom: null,
      ...(withReminder ? { reminderBeforeMs: input.reminderBeforeMs ?? defaultReminderBeforeMs, remindedFor: null } : {}),
    }),
    initial: 'draft',
    states: {
      draft: {
        on: {
          APPROVE: { target: 'open', actions: 'recordApproval' },
          CANCEL: { guard: 'hasReason', target: 'cancelled', actions: { type: 'recordCancel', params: { from: 'draft' } } },
        },
      },
      /** Work owed: the work region moves forward while the deadline region keeps the clock. */
      open: {
        type: 'parallel',
        states: {
          work: {
            initial: 'approved',
            states: {
              approved: {
                on: {
                  START: 'in_progress',
                  CANCEL: {
                    guard: 'hasReason',
                    target: '#improvementAction.cancelled',
                    actions: { type: 'recordCancel', params: { from: 'approved' } },
                  },
                },
              },
              in_progress: {
                on: {
                  CANCEL: {
                    guard: 'hasReason',
                    target: '#improvementAction.cancelled',
                    actions: { type: 'recordCancel', params: { from: 'in_progress' } },
                  },
                  UPDATE_PROGRESS: { guard: 'progressInRange', actions: 'recordProgress' },
                  COMPLETE: { target: '#improvementAction.done', actions: 'completeProgress' },
                },
              },
            },
          },
          deadline: {
            initial: withReminder ? 'upcoming' : 'on_time',
            on: {
              // Re-entering the region cancels the pending timers and arms them again from the new date.
              EXTEND_DUE: {
                guard: 'extendsIntoFuture',
                target: withReminder ? '.upcoming' : '.on_time',
                reenter: true,
                actions: 'extendDue',
              },
            },
            states: {
              ...(withReminder
                ? {
                    upcoming: {
                      entry: 'clearOverdue',
                      always: { guard: 'reminderWindowPassed', target: 'on_time' },
                      after: { untilReminder: { target: 'on_time', actions: 'markReminded' } },
                    },
                  }
                : {}),
              on_time: {
                entry: 'clearOverdue',
                after: { untilDue: { target: 'overdue', actions: 'markOverdue' } },
              },
              overdue: {
                after: { untilLevelTwo: { target: 'escalated', actions: 'escalateToProgrammeManager' } },
              },
              escalated: {},
            },
          },
        },
      },
      done: {
        on: {
          VERIFY: { target: 'verified', actions: 'recordVerification' },
          SEND_BACK: { guard: 'hasReason', target: '#improvementAction.open.work.in_progress' },
          CANCEL: { guard: 'hasReason', target: 'cancelled', actions: { type: 'recordCancel', params: { from: 'done' } } },
        },
      },
      verified: { type: 'final' },
      cancelled: { type: 'final' },
    },
  });
}

export const actionMachine = buildActionMachine(false);
/** Version 2: a due-soon reminder before the deadline. */
export const actionMachineWithReminder = buildActionMachine(true);

/** Reads the domain status off a snapshot value, hiding the parallel deadline region. */
export function actionStatusOf(snapshot: { value: unknown }): ActionStatus {
  const value = snapshot.value;
  if (typeof value === 'string') {
    if (value === 'draft' || value === 'done' || value === 'verified' || value === 'cancelled') return value;
    throw new Error(`unknown action state ${value}`);
  }
  const work = (value as { open?: { work?: unknown } }).open?.work;
  if (work === 'approved' || work === 'in_progress') return work;
  throw new Error(`unknown action state ${JSON.stringify(value)}`);
}
