import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (c) => c.primaryKey().references('workflow_instances.id'))
    .addColumn('bundle_id', 'text', (c) => c.references('bundles.id'))
    .addColumn('title_ar', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('facilitator_id', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('participants', 'jsonb', (c) => c.notNull())
    .addColumn('invite_code', 'text', (c) => c.unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('workshop_guests')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id'))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshop_guests_workshop_idx').on('workshop_guests').column('workshop_id').execute();
  await db.schema
    .createTable('workshop_commitment_actions')
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id'))
    .addColumn('commitment_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id'))
    .addPrimaryKeyConstraint('workshop_commitment_actions_pk', ['workshop_id', 'commitment_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workshop_commitment_actions').execute();
  await db.schema.dropTable('workshop_guests').execute();
  await db.schema.dropTable('workshops').execute();
}
