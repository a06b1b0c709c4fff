import { sql, type Kysely } from 'kysely';
import type { AnyStateMachine } from 'xstate';
import type { EngineTables } from '../db/schema.ts';
import { preparedStatement } from '../db/prepared-statement.ts';
import type { Step } from './event-step.ts';
import { persistSnapshot } from './snapshot.ts';
import { stateLabel } from './state-label.ts';

/** Where the instance must still be for a write to apply. */
export interface WriteBase {
  version: number;
  /**
   * The row version's transaction id as last seen (PostgreSQL's `xmin`): any other write to the row
   * changes it, so a state remembered from an earlier write is only built on while it is still the row's.
   */
  xmin?: string;
}

/**
 * One statement for a run of events on one instance: the snapshot moves to the last event's
 * state under the version check, and each event gets its audit row, or nothing happens at all.
 * Answers how many audit rows it wrote (0: the instance was no longer at `base`) and the row's new `xmin`.
 */
export async function writeSteps(
  db: Kysely<EngineTables>,
  machine: AnyStateMachine,
  instanceId: string,
  base: WriteBase,
  steps: readonly Step[],
): Promise<{ written: number; xmin: string | null }> {
  const last = steps[steps.length - 1];
  if (!last) return { written: 0, xmin: null };
  const events = steps.map((s) => {
    const { type, ...payload } = s.event;
    return {
      seq: s.instance.version,
      event_type: type,
      payload,
      actor_id: s.actor.id,
      actor_label: s.actor.label,
      state_before: stateLabel(s.before.value),
      state_after: s.instance.state,
      created_at: s.at.toISOString(),
    };
  });
  const snapshot = JSON.stringify(persistSnapshot(machine, last.after));
  const sameRow = base.xmin === undefined ? sql`true` : sql`xmin::text = ${base.xmin}`;
  // Every send runs this statement: prepared, the server parses and plans it once per connection.
  const { rows } = await sql<{ seq: number; xmin: string }>`${sql.raw(preparedStatement('workflow write', ''))}
    with moved as (
      update workflow_instances
      set state = ${last.instance.state}, snapshot = ${snapshot}::jsonb, version = ${last.instance.version}, updated_at = ${last.at}
      where id = ${instanceId} and version = ${base.version} and ${sameRow}
      returning id, xmin::text as xmin
    )
    insert into workflow_events (instance_id, seq, event_type, payload, actor_id, actor_label, state_before, state_after, created_at)
    select moved.id, e.seq, e.event_type, e.payload, e.actor_id, e.actor_label, e.state_before, e.state_after, e.created_at
    from moved cross join jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
      as e(seq integer, event_type text, payload jsonb, actor_id text, actor_label text, state_before text, state_after text, created_at timestamptz)
    returning seq, (select xmin from moved) as xmin`.execute(db);
  return { written: rows.length, xmin: rows[0]?.xmin ?? null };
}
