import { z } from 'zod';
import { TRPCError, tracked } from '@trpc/server';
import { getNextTransitions } from 'xstate';
import { authedProcedure, router } from '../trpc/init.ts';
import { actorOf } from '../trpc/context.ts';
import { getEvents, getInstance, type EventRecord, type InstanceRecord } from '../../engine/workflow/read-models.ts';
import { watchInstance } from '../../engine/workflow/watch.ts';
import { restoreSnapshot } from '../../engine/workflow/snapshot.ts';
import { isPermitted } from '../../engine/workflow/permission.ts';
import { assertCanReadInstance, listReadableInstances, mayReadInstance } from '../access/instance-visibility.ts';
import type { InstanceRef, WorkflowDefinition } from '../../engine/workflow/definition.ts';
import type { Actor } from '../../engine/workflow/actor.ts';

function instanceRef(row: InstanceRecord): InstanceRef {
  return { id: row.id, kind: row.kind, entityId: row.entity_id, state: row.state, version: row.version };
}

/** The instance as this reader may see it: the definition's redaction hides blind or anonymous data. */
function instanceView(row: InstanceRecord, def: WorkflowDefinition, reader: Actor) {
  const context = (row.snapshot as { context?: unknown }).context ?? null;
  return {
    id: row.id,
    kind: row.kind,
    machineVersion: row.machine_version,
    entityId: row.entity_id,
    state: row.state,
    version: row.version,
    context: def.redact?.context ? def.redact.context(context as never, reader, instanceRef(row)) : context,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function eventView(row: EventRecord, def: WorkflowDefinition, reader: Actor, instance: InstanceRef) {
  const payload = def.redact?.payload
    ? def.redact.payload({ type: row.event_type, actorId: row.actor_id, payload: row.payload }, reader, instance)
    : row.payload;
  return {
    seq: row.seq,
    type: row.event_type,
    payload,
    payloadHidden: payload === null,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    stateBefore: row.state_before,
    stateAfter: row.state_after,
    at: row.created_at,
  };
}

const payloadSchemas = new WeakMap<object, Map<string, object | null>>();

/**
 * The JSON Schema of an event's payload, so the web can draw a form for it; null when zod cannot
 * express the schema (a transform or custom check), and the web then sends without a form.
 * The long regular expressions zod adds to ISO dates go: the format says it, and the server validates.
 */
export function payloadSchema(def: WorkflowDefinition, type: string): object | null {
  let byType = payloadSchemas.get(def);
  if (!byType) {
    byType = new Map();
    payloadSchemas.set(def, byType);
  }
  if (byType.has(type)) return byType.get(type) ?? null;
  let schema: object | null = null;
  const spec = def.events[type];
  if (spec) {
    try {
      const json = z.toJSONSchema(spec.payload, { io: 'input', unrepresentable: 'throw' });
      schema = JSON.parse(
        JSON.stringify(json, (key, value: unknown) => (key === '$schema' || key === 'pattern' ? undefined : value)),
      ) as object;
    } catch {
      schema = null;
    }
  }
  byType.set(type, schema);
  return schema;
}

export type InstanceView = ReturnType<typeof instanceView>;
export type EventView = ReturnType<typeof eventView>;

const cursor = z.object({ updatedAt: z.coerce.date(), id: z.string() });

export const workflowsRouter = router({
  kinds: authedProcedure.query(({ ctx }) => ctx.registry.kinds()),

  list: authedProcedure
    .input(
      z.object({
        kind: z.string().max(100).optional(),
        state: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(200).default(50),
        cursor: cursor.optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      // One more than a page tells whether another page follows.
      const rows = await listReadableInstances(
        ctx.db,
        ctx.visibility,
        ctx.user,
        { kind: input.kind, state: input.state, before: input.cursor },
        input.limit + 1,
      );
      const page = rows.slice(0, input.limit);
      const last = page[page.length - 1];
      return {
        items: page.map((row) => instanceView(row, ctx.registry.get(row.kind, row.machine_version), actorOf(ctx.user, row.entity_id))),
        nextCursor: rows.length > input.limit && last ? { updatedAt: last.updated_at, id: last.id } : null,
      };
    }),

  get: authedProcedure.input(z.object({ id: z.string().max(100) })).query(async ({ ctx, input }) => {
    const row = await getInstance(ctx.db, input.id);
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
    assertCanReadInstance(ctx.visibility, ctx.user, row);
    const def = ctx.registry.get(row.kind, row.machine_version);
    const snapshot = restoreSnapshot(def.machine, row.snapshot);
    const actor = actorOf(ctx.user, row.entity_id);
    const ref = instanceRef(row);
    // What this user could send now: the state handles it and their role allows it.
    const handled = new Set(getNextTransitions(snapshot).map((t) => t.eventType));
    const availableEvents = Object.entries(def.events)
      .filter(([type, spec]) => handled.has(type) && isPermitted(spec.permission, actor, ref, snapshot, {}))
      .map(([type]) => type);
    const eventSchemas = Object.fromEntries(availableEvents.map((type) => [type, payloadSchema(def, type)]));
    return { ...instanceView(row, def, actor), availableEvents, eventSchemas };
  }),

  history: authedProcedure
    .input(z.object({ id: z.string().max(100), afterSeq: z.number().int().min(0).default(0) }))
    .query(async ({ ctx, input }) => {
      const row = await getInstance(ctx.db, input.id);
      if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
      assertCanReadInstance(ctx.visibility, ctx.user, row);
      const def = ctx.registry.get(row.kind, row.machine_version);
      const reader = actorOf(ctx.user, row.entity_id);
      return (await getEvents(ctx.db, input.id, input.afterSeq)).map((e) => eventView(e, def, reader, instanceRef(row)));
    }),

  send: authedProcedure
    .input(
      z.object({
        id: z.string().max(100),
        type: z.string().min(1).max(200),
        payload: z.record(z.string(), z.unknown()).default({}),
        expectedVersion: z.number().int().min(1).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await getInstance(ctx.db, input.id);
      if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
      assertCanReadInstance(ctx.visibility, ctx.user, row);
      if (input.type.startsWith('xstate.')) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
      const result = await ctx.engine.send({
        instanceId: input.id,
        event: { ...input.payload, type: input.type },
        actor: actorOf(ctx.user, row.entity_id),
        expectedVersion: input.expectedVersion,
      });
      return { id: result.instanceId, seq: result.seq, version: result.version, state: result.state };
    }),

  /** Live events of one instance; a reconnecting client resumes after the last id it saw. */
  watch: authedProcedure.input(z.object({ id: z.string().max(100), lastEventId: z.string().nullish() })).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const row = await getInstance(ctx.db, input.id);
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
    assertCanReadInstance(ctx.visibility, ctx.user, row);
    const afterSeq = input.lastEventId ? Number(input.lastEventId) || 0 : 0;
    const def = ctx.registry.get(row.kind, row.machine_version);
    const reader = actorOf(ctx.user, row.entity_id);
    for await (const event of watchInstance(ctx.db, ctx.notifications, input.id, { afterSeq, signal, pollMs: ctx.watchPollMs })) {
      // The rule may depend on the instance's state and context (a team changes, a participant
      // is removed): it is asked again before each event leaves.
      const now = await getInstance(ctx.db, input.id);
      if (!now || !mayReadInstance(ctx.visibility, ctx.user, now)) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
      yield tracked(String(event.seq), eventView(event, def, reader, instanceRef(now)));
    }
  }),
});
