import type { AnyMachineSnapshot } from 'xstate';
import type { Actor, EventActor } from './actor.ts';
import type { InstanceRef, WorkflowDefinition } from './definition.ts';
import { WorkflowError, type PayloadIssue } from './errors.ts';
import { isPermitted } from './permission.ts';
import { pureTransition } from './pure-transition.ts';
import { stateLabel } from './state-label.ts';
import { timerChangesFrom, type TimerChanges } from './timer-actions.ts';

/** The instance as one event finds it: what a caller's read check rules on. */
export interface LockedInstance extends InstanceRef {
  machineVersion: number;
  context: unknown;
}

/**
 * Who sends: one actor, or the actor as they stand toward the instance the event is applied to
 * (a person's entity-scoped roles count only on their own entity's instances), resolved from
 * that very row so no read is needed before the send.
 */
export type SendingActor = Actor | ((instance: InstanceRef) => Actor);

export interface StepArgs {
  event: { type: string } & Record<string, unknown>;
  actor: SendingActor;
  expectedVersion?: number;
  at?: Date;
  effectOptions?: Readonly<Record<string, unknown>>;
  /** Throws to refuse (say, the reader may not see the instance); runs on the state the event applies to. */
  authorize?: (instance: LockedInstance) => void;
}

/** One accepted event, computed and not yet written. */
export interface Step {
  /** The instance after the event (its new state and version). */
  instance: InstanceRef;
  event: { type: string } & Record<string, unknown>;
  actor: Actor;
  before: AnyMachineSnapshot;
  after: AnyMachineSnapshot;
  timers: TimerChanges;
  at: Date;
  effectOptions: Readonly<Record<string, unknown>>;
}

export function eventActor(actor: Actor): EventActor {
  return { id: actor.id, roles: [...actor.roles], entityId: actor.entityId };
}

/**
 * Validates and applies one event to the instance as it stands, purely: every refusal (the
 * caller's read check, version, role, payload, a state that does not take the event) throws
 * before anything is written, so a refused event in a group refuses only itself.
 */
export function computeStep(
  def: WorkflowDefinition,
  instance: InstanceRef,
  before: AnyMachineSnapshot,
  args: StepArgs,
  now: () => Date,
): Step {
  args.authorize?.({ ...instance, machineVersion: def.version, context: before.context });
  if (args.expectedVersion !== undefined && args.expectedVersion !== instance.version) {
    throw new WorkflowError('CONFLICT', `instance changed since version ${args.expectedVersion}`, {
      expected: args.expectedVersion,
      actual: instance.version,
    });
  }
  const actor = typeof args.actor === 'function' ? args.actor(instance) : args.actor;
  const { type, ...payload } = args.event;
  const spec = def.events[type];
  let validPayload: Record<string, unknown> = payload;
  if (actor.system) {
    // The scheduler replays exactly the event XState asked it to raise.
  } else if (!spec) {
    throw new WorkflowError('UNKNOWN_EVENT', `${def.kind} has no event ${type}`, { kind: def.kind, event: type });
  } else {
    if (!isPermitted(spec.permission, actor, instance, before, payload)) {
      throw new WorkflowError('FORBIDDEN', `not allowed to send ${type}`, { kind: def.kind, event: type });
    }
    validPayload = parsePayload(spec.payload, payload, type);
  }
  const at = args.at ?? now();
  const event = { type, ...validPayload, $actor: eventActor(actor), $at: at.toISOString() };
  if (!before.can(event)) {
    throw new WorkflowError('EVENT_NOT_ACCEPTED', `${type} is not accepted in state ${instance.state}`, {
      event: type,
      state: instance.state,
    });
  }
  const [after, actions] = pureTransition(def.machine, before, event);
  return {
    instance: { ...instance, state: stateLabel(after.value), version: instance.version + 1 },
    event: { type, ...validPayload },
    actor,
    before,
    after,
    timers: timerChangesFrom(actions),
    at,
    effectOptions: args.effectOptions ?? {},
  };
}

export function parsePayload(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: Record<string, unknown> } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  payload: unknown,
  event: string,
): Record<string, unknown> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issues: PayloadIssue[] = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new WorkflowError('INVALID_PAYLOAD', `invalid payload for ${event}`, { event }, issues);
}
