import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workflow_instances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('machine_version', 'integer', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('workflow_instances_kind_idx').on('workflow_instances').columns(['kind', 'state']).execute();
  await db.schema.createIndex('workflow_instances_entity_idx').on('workflow_instances').column('entity_id').execute();

  await db.schema
    .createTable('workflow_events')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('workflow_instances.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('state_before', 'text')
    .addColumn('state_after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('workflow_events_pk', ['instance_id', 'seq'])
    .execute();
  // The audit trail is append-only: refuse UPDATE and DELETE at the database itself.
  await sql`
    create function workflow_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'workflow_events is append-only';
    end $$`.execute(db);
  await sql`
    create trigger workflow_events_no_update before update on workflow_events
    for each row execute function workflow_events_append_only()`.execute(db);

  await db.schema
    .createTable('workflow_timers')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('workflow_instances.id').onDelete('cascade'))
    .addColumn('timer_key', 'text', (c) => c.notNull())
    .addColumn('event', 'jsonb', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index workflow_timers_due_idx on workflow_timers (due_at) where status = 'pending'`.execute(db);
  await sql`create unique index workflow_timers_pending_key on workflow_timers (instance_id, timer_key) where status = 'pending'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workflow_timers').execute();
  await db.schema.dropTable('workflow_events').execute();
  await sql`drop function workflow_events_append_only`.execute(db);
  await db.schema.dropTable('workflow_instances').execute();
}
