import type pg from 'pg';

export interface BaselineActor {
  id: string;
  label: string;
}

interface LockedRow {
  id: string;
  state: string;
  version: number;
  snapshot: { context?: { count?: number } } & Record<string, unknown>;
}

/**
 * What `WorkflowEngine.send` writes for one INCREMENT, as hand-written SQL over a bare `pg` pool:
 * lock the row, update it under the version check, append the audit row, commit. The snapshot
 * written is the row's own with the counter bumped, so it is the same JSON at the same size.
 */
export async function baselineSend(pool: pg.Pool, instanceId: string, actor: BaselineActor): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<LockedRow>('SELECT * FROM workflow_instances WHERE id = $1 FOR UPDATE', [instanceId]);
    const row = rows[0];
    if (!row) throw new Error(`no workflow instance ${instanceId}`);
    const context = row.snapshot.context ?? {};
    const snapshot = { ...row.snapshot, context: { ...context, count: (context.count ?? 0) + 1 } };
    const version = row.version + 1;
    const at = new Date();
    const updated = await client.query(
      'UPDATE workflow_instances SET state = $1, snapshot = $2, version = $3, updated_at = $4 WHERE id = $5 AND version = $6',
      [row.state, JSON.stringify(snapshot), version, at, row.id, row.version],
    );
    if (updated.rowCount !== 1) throw new Error('instance changed concurrently');
    await client.query(
      `INSERT INTO workflow_events (instance_id, seq, event_type, payload, actor_id, actor_label, state_before, state_after, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [row.id, version, 'INCREMENT', JSON.stringify({ by: 1 }), actor.id, actor.label, row.state, row.state, at],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
