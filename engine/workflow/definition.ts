import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Actor } from './actor.ts';
import type { EngineTables } from '../db/schema.ts';

export interface InstanceRef {
  id: string;
  kind: string;
  entityId: string | null;
  state: string;
  version: number;
}

export interface PermissionCheck<TMachine extends AnyStateMachine = AnyStateMachine> {
  actor: Actor;
  instance: InstanceRef;
  snapshot: SnapshotFrom<TMachine>;
  payload: Record<string, unknown>;
}

/**
 * Who may send one event. `scope: 'entity'` means the actor's entity must own the
 * instance; `allow` adds a domain rule (e.g. "an assessor assigned to this assessment").
 * At start, `allow` sees the initial snapshot, whose context is built from the input.
 */
export interface EventPermission<TMachine extends AnyStateMachine = AnyStateMachine> {
  roles: readonly string[];
  scope: 'any' | 'entity';
  allow?: (check: PermissionCheck<TMachine>) => boolean;
}

export interface EventSpec<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** Validates the event's fields other than `type`. */
  payload: z.ZodType<Record<string, unknown>>;
  permission: EventPermission<TMachine>;
}

export interface TransitionEffectArgs<TMachine extends AnyStateMachine = AnyStateMachine> {
  db: Kysely<EngineTables>;
  instance: InstanceRef;
  event: { type: string } & Record<string, unknown>;
  actor: Actor;
  before: SnapshotFrom<TMachine> | null;
  after: SnapshotFrom<TMachine>;
  seq: number;
  /** The transition's time, as the machine saw it in `$at` (a due timer's due time). */
  at: Date;
  /** The sender's `SendArgs.effectOptions` (empty when none; always empty at start). */
  effectOptions: Readonly<Record<string, unknown>>;
  /**
   * True when a later event of the same instance is written in this same transaction (a group
   * under `groupedWrites`): a read model that keeps only the latest state may leave it to that one.
   */
  followedInTransaction?: boolean;
}

/**
 * A machine as the engine runs it: the XState machine plus who may send what with
 * which payload. Pure data and functions, so `workflows/` can declare it without I/O.
 */
export interface WorkflowDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  kind: string;
  version: number;
  machine: TMachine;
  /** Who may create an instance, and the shape of the machine's input. */
  start: { permission: EventPermission<TMachine>; input: z.ZodType<Record<string, unknown>> };
  events: Record<string, EventSpec<TMachine>>;
  /**
   * Runs inside the transaction of every transition (start included), after the
   * snapshot and the audit row are written: domain read models that must never
   * disagree with the workflow state are written here.
   */
  onTransition?: (args: TransitionEffectArgs<TMachine>) => Promise<void>;
  /**
   * The definition's `onTransition` reads nothing of the instance's own row or audit trail (only
   * its arguments), so events applied together are written by one statement (the snapshot once,
   * every audit row) before their effects run, in order, in the same transaction. Fifty votes
   * then cost one snapshot write instead of fifty.
   */
  groupedWrites?: boolean;
  /** Omitted: readers who may read the instance see its whole context and every payload. */
  redact?: ReadRedaction<TMachine>;
}

/**
 * What a reader may see of an instance through the generic read paths (instance view,
 * audit trail, live stream). Blind scores and anonymous votes live in contexts and
 * payloads, so a definition that holds such data must say how to hide it.
 */
export interface ReadRedaction<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** The context as this reader may see it. */
  context?: (context: SnapshotFrom<TMachine>['context'], reader: Actor, instance: InstanceRef) => unknown;
  /** An audit payload as this reader may see it; null hides the payload (the row itself stays). */
  payload?: (
    event: { type: string; actorId: string | null; payload: Record<string, unknown> },
    reader: Actor,
    instance: InstanceRef,
  ) => Record<string, unknown> | null;
}

/** Helper that keeps the machine's type while declaring a definition. */
export function defineWorkflow<TMachine extends AnyStateMachine>(def: WorkflowDefinition<TMachine>): WorkflowDefinition<TMachine> {
  return def;
}
