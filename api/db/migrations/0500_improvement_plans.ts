import { sql, type Kysely } from 'kysely';

/** Human action codes (for spreadsheets), milestones, evidence and comments of actions; plan nesting. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence action_code_seq`.execute(db);
  await db.schema
    .alterTable('actions')
    .addColumn('code', 'text', (c) => c.unique())
    .execute();
  await db.schema
    .alterTable('action_plans')
    .addColumn('parent_plan_id', 'text', (c) => c.references('action_plans.id'))
    .execute();
  await db.schema
    .createTable('action_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('action_milestones_action_idx').on('action_milestones').column('action_id').execute();
  await db.schema
    .createTable('action_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_evidence_action_idx').on('action_evidence').column('action_id').execute();
  await db.schema
    .createTable('action_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('author_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_comments_action_idx').on('action_comments').column('action_id').execute();
  await db.schema.createIndex('actions_due_idx').on('actions').columns(['status', 'due_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('actions_due_idx').execute();
  for (const t of ['action_comments', 'action_evidence', 'action_milestones']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('action_plans').dropColumn('parent_plan_id').execute();
  await db.schema.alterTable('actions').dropColumn('code').execute();
  await sql`drop sequence action_code_seq`.execute(db);
}
