import { sql, type Kysely } from 'kysely';

/**
 * Evidence files move into a library per entity: one stored file, linked from as many
 * criteria and cycles of that entity as it supports (a link, not a copy). Existing file
 * evidence becomes a library file of the assessment's entity, with the same id.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('excellence_evidence_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('excellence_evidence_files_entity_idx')
    .on('excellence_evidence_files')
    .columns(['entity_id', 'uploaded_at'])
    .execute();
  await db.schema
    .alterTable('excellence_evidence')
    .addColumn('file_id', 'text', (c) => c.references('excellence_evidence_files.id'))
    .execute();
  await sql`insert into excellence_evidence_files (id, entity_id, file_name, mime_type, size_bytes, content, uploaded_by, uploaded_at)
    select e.id, a.entity_id, coalesce(e.file_name, 'evidence'), coalesce(e.mime_type, 'application/octet-stream'),
      coalesce(e.size_bytes, length(e.content)), e.content, e.created_by, e.created_at
    from excellence_evidence e join excellence_assessments a on a.id = e.assessment_id
    where e.kind = 'file' and e.content is not null`.execute(db);
  await sql`update excellence_evidence set file_id = id, content = null where kind = 'file' and content is not null`.execute(db);
  await db.schema.createIndex('excellence_evidence_file_idx').on('excellence_evidence').column('file_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update excellence_evidence e set content = f.content from excellence_evidence_files f where f.id = e.file_id`.execute(db);
  await db.schema.alterTable('excellence_evidence').dropColumn('file_id').execute();
  await db.schema.dropTable('excellence_evidence_files').execute();
}
