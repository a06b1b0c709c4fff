import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence gap_code_seq`.execute(db);
  await db.schema
    .createTable('gaps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('criterion_code', 'text')
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('low', 'medium', 'high', 'critical')`))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'in_progress', 'closed', 'merged')`))
    .addColumn('merged_into_id', 'text', (c) => c.references('gaps.id'))
    .addColumn('cycle_id', 'text')
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('gaps_entity_status_idx').on('gaps').columns(['entity_id', 'status']).execute();
  await db.schema
    .createTable('gap_sources')
    .addColumn('gap_id', 'text', (c) => c.notNull().references('gaps.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('container_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('label_ar', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gap_sources_pk', ['kind', 'container_id', 'item_id'])
    .execute();
  await db.schema.createIndex('gap_sources_gap_idx').on('gap_sources').column('gap_id').execute();
  await db.schema
    .createTable('action_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('origin_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('actions')
    .addColumn('id', 'text', (c) => c.primaryKey().references('workflow_instances.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('action_plans.id'))
    .addColumn('parent_action_id', 'text', (c) => c.references('actions.id'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('owner_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('actions_entity_status_idx').on('actions').columns(['entity_id', 'status']).execute();
  await db.schema.createIndex('actions_plan_idx').on('actions').column('plan_id').execute();
  await db.schema
    .createTable('action_gaps')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('gap_id', 'text', (c) => c.notNull().references('gaps.id'))
    .addPrimaryKeyConstraint('action_gaps_pk', ['action_id', 'gap_id'])
    .execute();
  await db.schema.createIndex('action_gaps_gap_idx').on('action_gaps').column('gap_id').execute();
  await db.schema
    .createTable('action_dependencies')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('depends_on_action_id', 'text', (c) => c.notNull().references('actions.id'))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('other'))
    .addPrimaryKeyConstraint('action_dependencies_pk', ['action_id', 'depends_on_action_id'])
    .execute();
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('recipient_user_id', 'text')
    .addColumn('recipient_role', 'text')
    .addColumn('recipient_entity_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['recipient_user_id', 'created_at']).execute();
  await db.schema
    .createIndex('notifications_role_idx')
    .on('notifications')
    .columns(['recipient_role', 'recipient_entity_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['notifications', 'action_dependencies', 'action_gaps', 'actions', 'action_plans', 'gap_sources', 'gaps']) {
    await db.schema.dropTable(t).execute();
  }
  await sql`drop sequence gap_code_seq`.execute(db);
}
