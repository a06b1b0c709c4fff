import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Timestamps come back as Date on both drivers; we always write Date or SQL now(). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** int8 columns: both drivers are set up to return numbers (see connect.ts). */

export interface WorkflowInstancesTable {
  id: string;
  kind: string;
  machine_version: number;
  entity_id: string | null;
  state: string;
  snapshot: JSONColumnType<Record<string, unknown>>;
  version: number;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkflowEventsTable {
  instance_id: string;
  seq: number;
  event_type: string;
  payload: JSONColumnType<Record<string, unknown>>;
  actor_id: string | null;
  actor_label: string;
  state_before: string | null;
  state_after: string;
  created_at: Timestamp;
}

export type TimerStatus = 'pending' | 'fired' | 'cancelled' | 'stale';

export interface WorkflowTimersTable {
  id: Generated<number>;
  instance_id: string;
  timer_key: string;
  event: JSONColumnType<{ type: string; [k: string]: unknown }>;
  due_at: Timestamp;
  status: TimerStatus;
  fired_at: Timestamp | null;
  created_at: Generated<Date>;
}

/**
 * The tables the engine owns. A product's schema extends this interface with its own tables,
 * so a Kysely of the product's schema is accepted wherever the engine takes a
 * `Kysely<EngineTables>`; the other way (the database handle, the transaction handed to
 * `onTransition`) the product adds its tables with Kysely's `$extendTables`.
 */
export interface EngineTables {
  workflow_instances: WorkflowInstancesTable;
  workflow_events: WorkflowEventsTable;
  workflow_timers: WorkflowTimersTable;
}
