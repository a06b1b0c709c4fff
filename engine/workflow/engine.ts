import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { EngineTables, WorkflowInstancesTable } from '../db/schema.ts';
import type { Actor, EventActor } from './actor.ts';
import type { InstanceRef, WorkflowDefinition } from './definition.ts';
import { WorkflowError, type PayloadIssue } from './errors.ts';
import { isPermitted } from './permission.ts';
import type { WorkflowRegistry } from './registry.ts';
import { persistSnapshot, restoreSnapshot } from './snapshot.ts';
import { stateLabel } from './state-label.ts';
import { timerChangesFrom } from './timer-actions.ts';
import { inTransaction } from './transaction.ts';
import { encodeNotice, workflowEventsChannel } from './notification-channel.ts';

export interface StartArgs {
  kind: string;
  entityId: string | null;
  input: Record<string, unknown>;
  actor: Actor;
  id?: string;
}

export interface SendArgs {
  instanceId: string;
  event: { type: string } & Record<string, unknown>;
  actor: Actor;
  /** When given, the send is refused with CONFLICT unless the instance is still at this version. */
  expectedVersion?: number;
  /** The time the machine sees as `$at`; the engine's clock unless a scheduler replays a due timer. */
  at?: Date;
  /**
   * What the sending server code tells the definition's `onTransition` beyond the event, say
   * that it does a batch step itself afterwards. Never validated, stored or sent by a client.
   */
  effectOptions?: Readonly<Record<string, unknown>>;
}

export interface TransitionResult {
  instanceId: string;
  kind: string;
  seq: number;
  version: number;
  state: string;
  snapshot: AnyMachineSnapshot;
}

type InstanceRow = Selectable<WorkflowInstancesTable>;

/**
 * The one path by which workflow state changes: load, authorise, validate, transition,
 * persist snapshot + audit row + timers, notify — all in one transaction.
 */
export class WorkflowEngine {
  constructor(
    readonly db: Kysely<EngineTables>,
    readonly registry: WorkflowRegistry,
    /** The time every transition is stamped with; the scheduler reads it too, so tests move time by hand. */
    readonly clock: () => Date = () => new Date(),
  ) {}

  async start(args: StartArgs, db: Kysely<EngineTables> = this.db): Promise<TransitionResult> {
    const def = this.registry.latest(args.kind);
    const id = args.id ?? randomUUID();
    const ref: InstanceRef = { id, kind: def.kind, entityId: args.entityId, state: '', version: 0 };
    const roleAllowed = args.actor.system || isPermitted({ ...def.start.permission, allow: undefined }, args.actor, ref, null, args.input);
    if (!roleAllowed) throw new WorkflowError('FORBIDDEN', `not allowed to start ${def.kind}`, { kind: def.kind, event: 'start' });
    const input = parsePayload(def.start.input, args.input, 'start');
    const at = this.clock();
    // Pure, so computing it before the domain rule below has no side effect.
    const [snapshot, actions] = initialTransition(def.machine, { ...input, $actor: eventActor(args.actor), $at: at.toISOString() });
    if (
      !args.actor.system &&
      !isPermitted(def.start.permission, args.actor, { ...ref, state: stateLabel(snapshot.value) }, snapshot, input)
    ) {
      throw new WorkflowError('FORBIDDEN', `not allowed to start ${def.kind}`, { kind: def.kind, event: 'start' });
    }
    return inTransaction(db, async (trx) => {
      const state = stateLabel(snapshot.value);
      await trx
        .insertInto('workflow_instances')
        .values({
          id,
          kind: def.kind,
          machine_version: def.version,
          entity_id: args.entityId,
          state,
          snapshot: JSON.stringify(persistSnapshot(def.machine, snapshot)),
          version: 1,
          created_by: args.actor.id,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const instance: InstanceRef = { ...ref, state, version: 1 };
      await this.#record(trx, def, instance, { type: 'xstate.init', ...input }, args.actor, null, snapshot, actions, at, {});
      return { instanceId: id, kind: def.kind, seq: 1, version: 1, state, snapshot };
    });
  }

  async send(args: SendArgs, db: Kysely<EngineTables> = this.db): Promise<TransitionResult> {
    return inTransaction(db, async (trx) => {
      const row = await trx.selectFrom('workflow_instances').selectAll().where('id', '=', args.instanceId).forUpdate().executeTakeFirst();
      if (!row) throw new WorkflowError('NOT_FOUND', `no workflow instance ${args.instanceId}`, { id: args.instanceId });
      if (args.expectedVersion !== undefined && args.expectedVersion !== row.version) {
        throw new WorkflowError('CONFLICT', `instance changed since version ${args.expectedVersion}`, {
          expected: args.expectedVersion,
          actual: row.version,
        });
      }
      const def = this.registry.get(row.kind, row.machine_version);
      const before = restoreSnapshot(def.machine, row.snapshot);
      const instance = toRef(row);
      const { type, ...payload } = args.event;
      const spec = def.events[type];
      let validPayload: Record<string, unknown> = payload;
      if (args.actor.system) {
        // The scheduler replays exactly the event XState asked it to raise.
      } else if (!spec) {
        throw new WorkflowError('UNKNOWN_EVENT', `${def.kind} has no event ${type}`, { kind: def.kind, event: type });
      } else {
        if (!isPermitted(spec.permission, args.actor, instance, before, payload)) {
          throw new WorkflowError('FORBIDDEN', `not allowed to send ${type}`, { kind: def.kind, event: type });
        }
        validPayload = parsePayload(spec.payload, payload, type);
      }
      const at = args.at ?? this.clock();
      const event = { type, ...validPayload, $actor: eventActor(args.actor), $at: at.toISOString() };
      if (!before.can(event)) {
        throw new WorkflowError('EVENT_NOT_ACCEPTED', `${type} is not accepted in state ${row.state}`, {
          event: type,
          state: row.state,
        });
      }
      const [after, actions] = transition(def.machine, before, event);
      const state = stateLabel(after.value);
      const version = row.version + 1;
      const updated = await trx
        .updateTable('workflow_instances')
        .set({
          state,
          snapshot: JSON.stringify(persistSnapshot(def.machine, after)),
          version,
          updated_at: at,
        })
        .where('id', '=', row.id)
        .where('version', '=', row.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        throw new WorkflowError('CONFLICT', 'instance changed concurrently', { expected: row.version });
      }
      const next: InstanceRef = { ...instance, state, version };
      await this.#record(trx, def, next, { type, ...validPayload }, args.actor, before, after, actions, at, args.effectOptions ?? {});
      return { instanceId: row.id, kind: row.kind, seq: version, version, state, snapshot: after };
    });
  }

  /** Audit row, timer rows, domain effects and the notification, inside the caller's transaction. */
  async #record(
    trx: Kysely<EngineTables>,
    def: WorkflowDefinition,
    instance: InstanceRef,
    event: { type: string } & Record<string, unknown>,
    actor: Actor,
    before: AnyMachineSnapshot | null,
    after: AnyMachineSnapshot,
    actions: readonly unknown[],
    at: Date,
    effectOptions: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    const { type, ...payload } = event;
    await trx
      .insertInto('workflow_events')
      .values({
        instance_id: instance.id,
        seq: instance.version,
        event_type: type,
        payload: JSON.stringify(payload),
        actor_id: actor.id,
        actor_label: actor.label,
        state_before: before ? stateLabel(before.value) : null,
        state_after: instance.state,
        created_at: at,
      })
      .execute();
    const timers = timerChangesFrom(actions);
    // Re-entering a state re-arms its timer: the old pending row for the same key gives way too.
    const superseded = [...timers.cancel, ...timers.schedule.map((t) => t.key)];
    if (superseded.length > 0) {
      await trx
        .updateTable('workflow_timers')
        .set({ status: 'cancelled' })
        .where('instance_id', '=', instance.id)
        .where('status', '=', 'pending')
        .where('timer_key', 'in', superseded)
        .execute();
    }
    if (timers.schedule.length > 0) {
      await trx
        .insertInto('workflow_timers')
        .values(
          timers.schedule.map((timer) => ({
            instance_id: instance.id,
            timer_key: timer.key,
            event: JSON.stringify(timer.event),
            due_at: new Date(at.getTime() + Math.max(0, timer.delayMs)),
            status: 'pending' as const,
            fired_at: null,
          })),
        )
        .execute();
    }
    if (def.onTransition) {
      await def.onTransition({ db: trx, instance, event, actor, before, after, seq: instance.version, at, effectOptions });
    }
    const notice = encodeNotice({ instanceId: instance.id, seq: instance.version, kind: instance.kind, entityId: instance.entityId });
    await sql`select pg_notify(${workflowEventsChannel}, ${notice})`.execute(trx);
  }
}

function toRef(row: InstanceRow): InstanceRef {
  return { id: row.id, kind: row.kind, entityId: row.entity_id, state: row.state, version: row.version };
}

function eventActor(actor: Actor): EventActor {
  return { id: actor.id, roles: [...actor.roles], entityId: actor.entityId };
}

function parsePayload(
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
