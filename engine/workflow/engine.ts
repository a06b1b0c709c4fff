import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { initialTransition, type AnyMachineSnapshot } from 'xstate';
import type { EngineTables, WorkflowInstancesTable } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import type { InstanceRef, WorkflowDefinition } from './definition.ts';
import { WorkflowError } from './errors.ts';
import { computeStep, eventActor, parsePayload, type LockedInstance, type SendingActor, type Step } from './event-step.ts';
import { HotInstanceQueue, type Outcome } from './hot-instance-queue.ts';
import { writeSteps } from './instance-write.ts';
import { NoticeBatcher } from './notice-batcher.ts';
import { CommitFeed } from './commit-feed.ts';
import { encodeNotice, workflowEventsChannel } from './notification-channel.ts';
import { isPermitted } from './permission.ts';
import type { WorkflowRegistry } from './registry.ts';
import { persistSnapshot, restoreSnapshot } from './snapshot.ts';
import { RecentStates } from './recent-states.ts';
import { stateLabel } from './state-label.ts';
import { timerChangesFrom } from './timer-actions.ts';
import { inTransaction, runAfterCommit } from './transaction.ts';

export type { LockedInstance };

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
  actor: SendingActor;
  /** When given, the send is refused with CONFLICT unless the instance is still at this version. */
  expectedVersion?: number;
  /** The time the machine sees as `$at`; the engine's clock unless a scheduler replays a due timer. */
  at?: Date;
  /**
   * What the sending server code tells the definition's `onTransition` beyond the event, say
   * that it does a batch step itself afterwards. Never validated, stored or sent by a client.
   */
  effectOptions?: Readonly<Record<string, unknown>>;
  /**
   * The caller's read check (may this user see the instance at all?), asked of the very state the
   * event is applied to, instead of a separate read before the send. Throws to refuse.
   */
  authorize?: (instance: LockedInstance) => void;
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

/** How often a group is re-read and recomputed after another writer moved the instance, before it locks instead. */
const optimisticAttempts = 3;

/**
 * The one path by which workflow state changes: load, authorise, validate, transition,
 * persist snapshot + audit row + timers in one transaction, then notify.
 *
 * A send on its own (not inside a caller's transaction) joins the instance's queue: sends that
 * arrive while one is being applied are applied together, in arrival order, each validated,
 * audited and answered on its own. A group whose events arm no timer and whose definition has no
 * domain effects is written by one statement (snapshot under the version check plus audit rows);
 * the rest lock the row, write each event in order and run its effects, all in one transaction.
 */
export class WorkflowEngine {
  readonly #notices: NoticeBatcher;
  readonly #queues = new WeakMap<object, HotInstanceQueue<SendArgs, TransitionResult>>();
  readonly #recent = new RecentStates();
  /** Every event this engine committed, told in this process right after its commit (see CommitFeed). */
  readonly committed = new CommitFeed();

  constructor(
    readonly db: Kysely<EngineTables>,
    readonly registry: WorkflowRegistry,
    /** The time every transition is stamped with; the scheduler reads it too, so tests move time by hand. */
    readonly clock: () => Date = () => new Date(),
  ) {
    this.#notices = new NoticeBatcher(db, workflowEventsChannel);
  }

  /** Resolves once every committed event has been announced (tests, shutdown). */
  flushNotices(): Promise<void> {
    return this.#notices.drain();
  }

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
      await trx
        .insertInto('workflow_events')
        .values({
          instance_id: id,
          seq: 1,
          event_type: 'xstate.init',
          payload: JSON.stringify(input),
          actor_id: args.actor.id,
          actor_label: args.actor.label,
          state_before: null,
          state_after: state,
          created_at: at,
        })
        .execute();
      const step = {
        instance,
        event: { type: 'xstate.init', ...input },
        actor: args.actor,
        before: null,
        after: snapshot,
        at,
        effectOptions: {},
      };
      await this.#effects(trx, def, { ...step, timers: timerChangesFrom(actions) });
      await this.#announce(trx, instance, snapshot);
      return { instanceId: id, kind: def.kind, seq: 1, version: 1, state, snapshot };
    });
  }

  async send(args: SendArgs, db: Kysely<EngineTables> = this.db): Promise<TransitionResult> {
    // Inside the caller's transaction: the caller holds the commit, so the event is applied right there.
    if (db.isTransaction) return settle((await this.#applyLocked(db, args.instanceId, [args]))[0]!);
    let queue = this.#queues.get(db);
    if (!queue) {
      queue = new HotInstanceQueue((instanceId, group) => this.#applyGroup(db, instanceId, group));
      this.#queues.set(db, queue);
    }
    return queue.submit(args.instanceId, args);
  }

  /**
   * A group from the queue: optimistically, read without a lock and write everything in one
   * statement under the version check; with timers or domain effects (or after repeated
   * version clashes with another process), in one locked transaction. If that transaction
   * fails as a whole, each member is applied again on its own, so a failing member fails alone
   * and none is dropped.
   */
  async #applyGroup(db: Kysely<EngineTables>, instanceId: string, group: SendArgs[]): Promise<Outcome<TransitionResult>[]> {
    for (let attempt = 0; attempt < optimisticAttempts; attempt++) {
      let known = this.#recent.get(instanceId);
      const remembered = known !== undefined;
      if (!known) {
        const row = await db
          .selectFrom('workflow_instances')
          .selectAll()
          .select(sql<string>`xmin::text`.as('xmin'))
          .where('id', '=', instanceId)
          .executeTakeFirst();
        if (!row) return group.map(() => ({ ok: false, error: notFound(instanceId) }));
        const def = this.registry.get(row.kind, row.machine_version);
        known = {
          instance: toRef(row),
          machineVersion: row.machine_version,
          snapshot: restoreSnapshot(def.machine, row.snapshot),
          xmin: row.xmin,
        };
      }
      const def = this.registry.get(known.instance.kind, known.machineVersion);
      if (def.onTransition) break;
      const { steps, outcomes } = this.#compute(def, known.instance, known.snapshot, group);
      if (remembered && outcomes.some((o) => !o.ok)) {
        // A refusal must rule on the instance as it is now; a remembered state may be out of date.
        this.#recent.drop(instanceId);
        continue;
      }
      if (steps.length === 0) return outcomes;
      if (steps.some((s) => s.timers.schedule.length > 0 || s.timers.cancel.length > 0)) break;
      const { written, xmin } = await writeSteps(db, def.machine, instanceId, { version: known.instance.version, xmin: known.xmin }, steps);
      if (written !== steps.length || xmin === null) {
        // Another writer moved the instance on: read it again.
        this.#recent.drop(instanceId);
        continue;
      }
      const last = steps[steps.length - 1]!;
      this.#recent.set(instanceId, { instance: last.instance, machineVersion: known.machineVersion, snapshot: last.after, xmin });
      for (const step of steps) {
        this.#notices.add(notice(step.instance));
        this.committed.publish({ instance: step.instance, snapshot: step.after });
      }
      return outcomes;
    }
    this.#recent.drop(instanceId);
    try {
      return await this.#applyLocked(db, instanceId, group);
    } catch (error) {
      if (group.length === 1) return [{ ok: false, error }];
      const alone: Outcome<TransitionResult>[] = [];
      for (const args of group) {
        alone.push(
          await this.#applyLocked(db, instanceId, [args]).then(
            ([outcome]) => outcome!,
            (err: unknown) => ({ ok: false, error: err }),
          ),
        );
      }
      return alone;
    }
  }

  /** Locks the row, then applies each event in order: write, timers, domain effects. Refusals answer alone; a database failure throws. */
  async #applyLocked(db: Kysely<EngineTables>, instanceId: string, group: SendArgs[]): Promise<Outcome<TransitionResult>[]> {
    // What this process remembers of the instance is about to be out of date.
    this.#recent.drop(instanceId);
    return inTransaction(db, async (trx) => {
      const row = await trx.selectFrom('workflow_instances').selectAll().where('id', '=', instanceId).forUpdate().executeTakeFirst();
      if (!row) return group.map(() => ({ ok: false, error: notFound(instanceId) }));
      const def = this.registry.get(row.kind, row.machine_version);
      const snapshot = restoreSnapshot(def.machine, row.snapshot);
      if (def.groupedWrites && group.length > 1) return this.#writeGroupLocked(trx, def, toRef(row), snapshot, group);
      let instance = toRef(row);
      let current = snapshot;
      const outcomes: Outcome<TransitionResult>[] = [];
      for (const args of group) {
        let step: Step;
        try {
          step = computeStep(def, instance, current, args, this.clock);
        } catch (error) {
          outcomes.push({ ok: false, error });
          continue;
        }
        const { written } = await writeSteps(trx, def.machine, instance.id, { version: instance.version }, [step]);
        if (written !== 1) throw new WorkflowError('CONFLICT', 'instance changed concurrently', { expected: instance.version });
        await this.#effects(trx, def, step);
        await this.#announce(trx, step.instance, step.after);
        instance = step.instance;
        current = step.after;
        outcomes.push({ ok: true, value: result(step) });
      }
      return outcomes;
    });
  }

  /**
   * A group on the locked row of a `groupedWrites` definition: every member computed in order,
   * the accepted ones written by one statement, then each one's timers, effects and wake-up in order.
   */
  async #writeGroupLocked(
    trx: Kysely<EngineTables>,
    def: WorkflowDefinition,
    from: InstanceRef,
    fromSnapshot: AnyMachineSnapshot,
    group: SendArgs[],
  ): Promise<Outcome<TransitionResult>[]> {
    const { steps, outcomes } = this.#compute(def, from, fromSnapshot, group);
    if (steps.length === 0) return outcomes;
    const { written } = await writeSteps(trx, def.machine, from.id, { version: from.version }, steps);
    if (written !== steps.length) throw new WorkflowError('CONFLICT', 'instance changed concurrently', { expected: from.version });
    for (const [i, step] of steps.entries()) {
      await this.#effects(trx, def, step, i < steps.length - 1);
      await this.#announce(trx, step.instance, step.after);
    }
    return outcomes;
  }

  /** Every member computed in order on the state the previous ones left; refused members leave it as it was. */
  #compute(
    def: WorkflowDefinition,
    from: InstanceRef,
    fromSnapshot: AnyMachineSnapshot,
    group: SendArgs[],
  ): { steps: Step[]; outcomes: Outcome<TransitionResult>[] } {
    let instance = from;
    let snapshot = fromSnapshot;
    const steps: Step[] = [];
    const outcomes: Outcome<TransitionResult>[] = [];
    for (const args of group) {
      try {
        const step = computeStep(def, instance, snapshot, args, this.clock);
        steps.push(step);
        instance = step.instance;
        snapshot = step.after;
        outcomes.push({ ok: true, value: result(step) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    return { steps, outcomes };
  }

  /** Timer rows and the definition's domain effects, inside the transaction of the event. */
  async #effects(
    trx: Kysely<EngineTables>,
    def: WorkflowDefinition,
    step: Omit<Step, 'before'> & { before: AnyMachineSnapshot | null },
    followedInTransaction = false,
  ): Promise<void> {
    const { instance, timers, at } = step;
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
      await def.onTransition({
        db: trx,
        instance,
        event: step.event,
        actor: step.actor,
        before: step.before,
        after: step.after,
        seq: instance.version,
        at,
        effectOptions: step.effectOptions,
        followedInTransaction,
      });
    }
  }

  /**
   * The wake-up for watchers: after the commit when this engine opened the transaction (or the
   * caller opened it with `inTransaction`); else inside the caller's transaction, delivered on its commit.
   */
  async #announce(trx: Kysely<EngineTables>, instance: InstanceRef, snapshot: AnyMachineSnapshot): Promise<void> {
    const text = notice(instance);
    const announce = () => {
      this.#notices.add(text);
      this.committed.publish({ instance, snapshot });
    };
    if (runAfterCommit(trx, announce)) return;
    await sql`select pg_notify(${workflowEventsChannel}, ${text})`.execute(trx);
  }
}

function notice(instance: InstanceRef): string {
  return encodeNotice({ instanceId: instance.id, seq: instance.version, kind: instance.kind, entityId: instance.entityId });
}

function result(step: Step): TransitionResult {
  const { instance } = step;
  return {
    instanceId: instance.id,
    kind: instance.kind,
    seq: instance.version,
    version: instance.version,
    state: instance.state,
    snapshot: step.after,
  };
}

function settle<R>(outcome: Outcome<R>): R {
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

function notFound(id: string): WorkflowError {
  return new WorkflowError('NOT_FOUND', `no workflow instance ${id}`, { id });
}

function toRef(row: InstanceRow): InstanceRef {
  return { id: row.id, kind: row.kind, entityId: row.entity_id, state: row.state, version: row.version };
}
