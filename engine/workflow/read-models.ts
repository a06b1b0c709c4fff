import type { Kysely, Selectable } from 'kysely';
import type { EngineTables, WorkflowEventsTable, WorkflowInstancesTable, WorkflowTimersTable } from '../db/schema.ts';

export type InstanceRecord = Selectable<WorkflowInstancesTable>;
export type EventRecord = Selectable<WorkflowEventsTable>;
export type TimerRecord = Selectable<WorkflowTimersTable>;

export interface InstanceFilter {
  kind?: string;
  /** Restrict to these owning entities (an entity-bound reader passes their own). */
  entityIds?: string[];
  /**
   * Restrict to instances matching one of these: a kind, maybe only some owning entities.
   * An empty list matches nothing; omitted, every kind.
   */
  scopes?: readonly { kind: string; entityIds?: readonly string[] }[];
  state?: string;
  limit?: number;
  /** Keyset pagination: instances updated before this one. */
  before?: { updatedAt: Date; id: string };
}

export async function getInstance(db: Kysely<EngineTables>, id: string): Promise<InstanceRecord | undefined> {
  return db.selectFrom('workflow_instances').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listInstances(db: Kysely<EngineTables>, filter: InstanceFilter = {}): Promise<InstanceRecord[]> {
  let q = db.selectFrom('workflow_instances').selectAll();
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.entityIds) {
    if (filter.entityIds.length === 0) return [];
    q = q.where('entity_id', 'in', filter.entityIds);
  }
  if (filter.scopes) {
    const scopes = filter.scopes.filter((s) => s.entityIds === undefined || s.entityIds.length > 0);
    if (scopes.length === 0) return [];
    q = q.where((eb) =>
      eb.or(
        scopes.map((s) => (s.entityIds ? eb.and([eb('kind', '=', s.kind), eb('entity_id', 'in', s.entityIds)]) : eb('kind', '=', s.kind))),
      ),
    );
  }
  if (filter.before) {
    const { updatedAt, id } = filter.before;
    q = q.where((eb) => eb.or([eb('updated_at', '<', updatedAt), eb.and([eb('updated_at', '=', updatedAt), eb('id', '<', id)])]));
  }
  return q
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 50)
    .execute();
}

/** The audit trail, oldest first, optionally only after a sequence number (for catching up). */
export async function getEvents(db: Kysely<EngineTables>, instanceId: string, afterSeq = 0, limit = 1000): Promise<EventRecord[]> {
  return db
    .selectFrom('workflow_events')
    .selectAll()
    .where('instance_id', '=', instanceId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function getTimers(db: Kysely<EngineTables>, instanceId: string): Promise<TimerRecord[]> {
  return db.selectFrom('workflow_timers').selectAll().where('instance_id', '=', instanceId).orderBy('id').execute();
}
