import { sql, type Kysely } from 'kysely';

/**
 * Tokens that entity systems call the API with (only a hash of each secret is kept), and the
 * external ids of pushed rows: one row per (entity, kind, external id), so a retried push
 * finds its rows already there instead of counting them twice.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('secret_hint', 'text', (c) => c.notNull())
    .addColumn('capabilities', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('api_tokens_entity_idx').on('api_tokens').column('entity_id').execute();
  await db.schema
    .createTable('cx_external_ids')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('complaints', 'survey_answers', 'centre_operations')`))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull().references('cx_imports.id'))
    .addPrimaryKeyConstraint('cx_external_ids_pk', ['entity_id', 'kind', 'external_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cx_external_ids').execute();
  await db.schema.dropTable('api_tokens').execute();
}
