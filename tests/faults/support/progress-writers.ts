import { TRPCClientError } from '@trpc/client';
import { sql } from 'kysely';
import type { DB } from '../../../api/db/schema.ts';
import { apiClient, signIn, type ApiClient } from '../../support/api-client.ts';

/**
 * The fault suite's write load: coordinators reporting progress on improvement actions through
 * the real API, every report carrying a unique comment so that the audit trail can be checked
 * against what the API acknowledged.
 */

export interface Ack {
  actionId: string;
  /** The instance version the API answered, i.e. the event's sequence number. */
  seq: number;
  comment: string;
  startedAt: number;
  endedAt: number;
}

export interface Failure {
  httpStatus: number | null;
  messageKey: string | null;
  message: string;
  startedAt: number;
  endedAt: number;
}

const day = 24 * 60 * 60 * 1000;

export interface Signed {
  pm: ApiClient;
  coordinator: ApiClient;
  coordinatorCookie: string;
}

export async function signInBoth(url: string): Promise<Signed> {
  const coordinatorCookie = await signIn(url, 'coord.moh', 'coord-demo-2026');
  return { pm: apiClient(url, await signIn(url, 'pm', 'pm-demo-2026')), coordinator: apiClient(url, coordinatorCookie), coordinatorCookie };
}

/** `count` approved, started actions of one entity, ready for progress reports; `dueInMs` sets their deadline. */
export async function startedActions(
  signed: Signed,
  count: number,
  options: { dueInMs?: number; start?: boolean } = {},
): Promise<string[]> {
  const { pm, coordinator } = signed;
  const plan = (await coordinator.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'Fault suite plan' })).id;
  const dueAt = new Date(Date.now() + (options.dueInMs ?? 30 * day)).toISOString();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await coordinator.actions.create.mutate({
      planId: plan,
      title: `Fault suite action ${i + 1}`,
      ownerId: 'usr-coord-moh',
      dueAt,
    });
    await pm.actions.send.mutate({ id, type: 'APPROVE' });
    if (options.start !== false) await coordinator.actions.send.mutate({ id, type: 'START' });
    ids.push(id);
  }
  return ids;
}

function failureOf(err: unknown, startedAt: number): Failure {
  const data = err instanceof TRPCClientError ? (err.data as { httpStatus?: number; messageKey?: string } | undefined) : undefined;
  return {
    httpStatus: data?.httpStatus ?? null,
    messageKey: data?.messageKey ?? null,
    message: err instanceof Error ? err.message : String(err),
    startedAt,
    endedAt: performance.now(),
  };
}

export interface WriterRun {
  acks: Ack[];
  failures: Failure[];
  /** Asks every writer to stop after its current request and waits for them. */
  stop(): Promise<void>;
}

/** `writers` concurrent loops, each with its own client (its own HTTP requests), round-robin over `actionIds`. */
export function runWriters(url: string, cookie: string, actionIds: string[], writers: number): WriterRun {
  const acks: Ack[] = [];
  const failures: Failure[] = [];
  let stopping = false;
  const loop = async (w: number) => {
    const client = apiClient(url, cookie);
    for (let i = 0; !stopping; i++) {
      const actionId = actionIds[(w + i) % actionIds.length]!;
      const comment = `w${w}-${i}`;
      const startedAt = performance.now();
      try {
        const r = await client.actions.send.mutate({ id: actionId, type: 'UPDATE_PROGRESS', payload: { progress: i % 101, comment } });
        acks.push({ actionId, seq: r.version, comment, startedAt, endedAt: performance.now() });
      } catch (err) {
        failures.push(failureOf(err, startedAt));
        // No busy loop against a server that is down.
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  };
  const done = Promise.all(Array.from({ length: writers }, (_, w) => loop(w)));
  return {
    acks,
    failures,
    async stop() {
      stopping = true;
      await done;
    },
  };
}

export interface TrailAudit {
  acknowledged: number;
  /** Acknowledged events found exactly once, at the sequence number the API answered. */
  found: number;
  missing: Ack[];
  /** Comments recorded more than once. */
  duplicates: string[];
  /** Instances whose sequence numbers are not exactly 1..n. */
  gaps: { actionId: string; seqs: number[] }[];
  /** Reports committed whose answer never reached the client (cut off by the fault): allowed, counted. */
  committedUnacknowledged: number;
}

/** Reads the audit trail back from the database and checks it against the acknowledgements. */
export async function auditTrail(db: DB, actionIds: string[], acks: Ack[]): Promise<TrailAudit> {
  const rows = await db
    .selectFrom('workflow_events')
    .select(['instance_id', 'seq', 'event_type', sql<string | null>`payload->>'comment'`.as('comment')])
    .where('instance_id', 'in', actionIds)
    .orderBy('instance_id')
    .orderBy('seq')
    .execute();
  const gaps: TrailAudit['gaps'] = [];
  for (const actionId of actionIds) {
    const seqs = rows.filter((r) => r.instance_id === actionId).map((r) => Number(r.seq));
    if (seqs.some((s, i) => s !== i + 1)) gaps.push({ actionId, seqs });
  }
  const byComment = new Map<string, { instance: string; seq: number }[]>();
  for (const r of rows) {
    if (r.event_type !== 'UPDATE_PROGRESS' || r.comment === null) continue;
    const list = byComment.get(r.comment) ?? [];
    list.push({ instance: r.instance_id, seq: Number(r.seq) });
    byComment.set(r.comment, list);
  }
  const duplicates = [...byComment].filter(([, at]) => at.length > 1).map(([c]) => c);
  const ackedComments = new Set(acks.map((a) => a.comment));
  const missing = acks.filter((a) => {
    const at = byComment.get(a.comment);
    return at?.length !== 1 || at[0]!.instance !== a.actionId || at[0]!.seq !== a.seq;
  });
  return {
    acknowledged: acks.length,
    found: acks.length - missing.length,
    missing,
    duplicates,
    gaps,
    committedUnacknowledged: [...byComment.keys()].filter((c) => !ackedComments.has(c)).length,
  };
}
