import { sql, type Kysely } from 'kysely';

/**
 * The service-centre command centre: every ticket event an entity system pushes (one row per
 * external id, so a retried push writes nothing twice), each ticket's folded times (what the
 * window figures are summed from), the programme's targets, how long each (target, centre) has
 * been out of target, and the alerts raised (a read model of the `centre_alert` workflow).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('centre_events')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('centre_code', 'text', (c) => c.notNull())
    .addColumn('counter', 'text')
    .addColumn('service_code', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('ticket', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('issued', 'called', 'completed', 'abandoned')`))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('satisfaction', 'smallint', (c) => c.check(sql`satisfaction between 1 and 5`))
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('centre_events_pk', ['entity_id', 'external_id'])
    .execute();
  await db.schema.createIndex('centre_events_centre_at_idx').on('centre_events').columns(['centre_code', 'at']).execute();

  await db.schema
    .createTable('centre_tickets')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('centre_code', 'text', (c) => c.notNull())
    .addColumn('ticket', 'text', (c) => c.notNull())
    .addColumn('counter', 'text')
    .addColumn('service_code', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz')
    .addColumn('called_at', 'timestamptz')
    .addColumn('completed_at', 'timestamptz')
    .addColumn('abandoned_at', 'timestamptz')
    .addColumn('satisfaction', 'smallint')
    /** The latest of the four times: the windows read tickets touched since their start. */
    .addColumn('last_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('centre_tickets_pk', ['entity_id', 'centre_code', 'ticket'])
    .execute();
  await db.schema.createIndex('centre_tickets_last_at_idx').on('centre_tickets').columns(['last_at']).execute();
  await db.schema.createIndex('centre_tickets_centre_idx').on('centre_tickets').columns(['centre_code', 'last_at']).execute();

  await db.schema
    .createTable('centre_thresholds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope_kind', 'text', (c) => c.notNull().check(sql`scope_kind in ('centre', 'channel')`))
    .addColumn('centre_code', 'text')
    .addColumn('channel', 'text')
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('window', 'text', (c) => c.notNull())
    .addColumn('comparison', 'text', (c) => c.notNull().check(sql`comparison in ('above', 'below')`))
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('sustain_minutes', 'integer', (c) => c.notNull())
    .addColumn('escalate_after_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('centre_breaches')
    .addColumn('threshold_id', 'text', (c) => c.notNull().references('centre_thresholds.id').onDelete('cascade'))
    .addColumn('centre_code', 'text', (c) => c.notNull())
    .addColumn('since', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('centre_breaches_pk', ['threshold_id', 'centre_code'])
    .execute();

  await db.schema
    .createTable('centre_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('threshold_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('centre_code', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('window', 'text', (c) => c.notNull())
    .addColumn('comparison', 'text', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'escalated', 'resolved')`))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('gap_id', 'text')
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('resolved_at', 'timestamptz')
    .execute();
  // At most one alert per (target, centre) is not resolved: a breach that lasts raises one.
  await sql`create unique index centre_alerts_one_open_idx on centre_alerts (threshold_id, centre_code) where status <> 'resolved'`.execute(
    db,
  );
  await db.schema.createIndex('centre_alerts_entity_idx').on('centre_alerts').columns(['entity_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['centre_alerts', 'centre_breaches', 'centre_thresholds', 'centre_tickets', 'centre_events']) {
    await db.schema.dropTable(t).execute();
  }
}
