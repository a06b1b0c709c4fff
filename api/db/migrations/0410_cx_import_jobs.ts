import { sql, type Kysely } from 'kysely';

/**
 * Every import attempt (running, imported, refused or failed) with its live counts and its
 * bad-row report, so progress is readable from any API process and past imports stay listed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cx_import_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('complaints', 'survey_answers', 'centre_operations')`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('refuse', 'skip')`))
    .addColumn('file_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('running', 'imported', 'refused', 'failed')`))
    .addColumn('rows_expected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_valid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_bad', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bad_rows', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('missing_columns', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_by', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('cx_import_jobs_started_idx').on('cx_import_jobs').column('started_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cx_import_jobs').execute();
}
