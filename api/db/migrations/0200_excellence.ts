import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('excellence_frameworks')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('frozen', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('excellence_frameworks_pk', ['code', 'version'])
    .execute();
  await db.schema
    .createTable('excellence_partnerships')
    .addColumn('entity_a', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('entity_b', 'text', (c) => c.notNull().references('entities.id'))
    .addPrimaryKeyConstraint('excellence_partnerships_pk', ['entity_a', 'entity_b'])
    .addCheckConstraint('excellence_partnerships_order', sql`entity_a < entity_b`)
    .execute();
  await db.schema
    .createTable('excellence_assessors')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('certifications', 'jsonb', (c) => c.notNull())
    .addColumn('max_workload', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('excellence_cycles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('framework_code', 'text', (c) => c.notNull())
    .addColumn('framework_version', 'integer', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('self_assessment_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addForeignKeyConstraint('excellence_cycles_framework_fk', ['framework_code', 'framework_version'], 'excellence_frameworks', [
      'code',
      'version',
    ])
    .addUniqueConstraint('excellence_cycles_number_uq', ['framework_code', 'number'])
    .execute();
  await db.schema
    .createTable('excellence_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('excellence_cycles.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addUniqueConstraint('excellence_assessments_subject_uq', ['cycle_id', 'subject_id'])
    .execute();
  await db.schema.createIndex('excellence_assessments_entity_idx').on('excellence_assessments').column('entity_id').execute();
  await db.schema
    .createTable('excellence_team_members')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('excellence_assessments.id'))
    .addColumn('assessor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('is_lead', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('excellence_team_members_pk', ['assessment_id', 'assessor_id'])
    .execute();
  await db.schema.createIndex('excellence_team_members_assessor_idx').on('excellence_team_members').column('assessor_id').execute();
  await db.schema
    .createTable('excellence_self_scores')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('excellence_assessments.id'))
    .addColumn('node_code', 'text', (c) => c.notNull())
    .addColumn('entry', 'jsonb', (c) => c.notNull())
    .addColumn('percent', 'double precision')
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('excellence_self_scores_pk', ['assessment_id', 'node_code'])
    .execute();
  await db.schema
    .createTable('excellence_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('excellence_assessments.id'))
    .addColumn('node_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('mime_type', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('content', 'bytea')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('excellence_evidence_assessment_idx')
    .on('excellence_evidence')
    .columns(['assessment_id', 'node_code'])
    .execute();
  await db.schema
    .createTable('excellence_assessor_scores')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('excellence_assessments.id'))
    .addColumn('assessor_id', 'text', (c) => c.notNull())
    .addColumn('node_code', 'text', (c) => c.notNull())
    .addColumn('entry', 'jsonb', (c) => c.notNull())
    .addColumn('percent', 'double precision')
    .addColumn('strengths', 'jsonb', (c) => c.notNull())
    .addColumn('afis', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('excellence_assessor_scores_pk', ['assessment_id', 'assessor_id', 'node_code'])
    .execute();
  await db.schema
    .createTable('excellence_consensus')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('excellence_assessments.id'))
    .addColumn('node_code', 'text', (c) => c.notNull())
    .addColumn('percent', 'double precision')
    .addColumn('strengths', 'jsonb', (c) => c.notNull())
    .addColumn('afis', 'jsonb', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('spread', 'double precision')
    .addColumn('flagged', 'boolean', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('excellence_consensus_pk', ['assessment_id', 'node_code'])
    .execute();
  await db.schema
    .createTable('excellence_site_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('excellence_assessments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scheduled_at', 'timestamptz')
    .addColumn('started_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .addColumn('checklist', 'jsonb', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('excellence_score_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('excellence_assessments.id'))
    .addColumn('node_code', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('from_percent', 'double precision')
    .addColumn('to_percent', 'double precision')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('excellence_appeals')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('excellence_assessments.id'))
    .addColumn('node_code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('new_percent', 'double precision')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'excellence_appeals',
    'excellence_score_changes',
    'excellence_site_visits',
    'excellence_consensus',
    'excellence_assessor_scores',
    'excellence_evidence',
    'excellence_self_scores',
    'excellence_team_members',
    'excellence_assessments',
    'excellence_cycles',
    'excellence_assessors',
    'excellence_partnerships',
    'excellence_frameworks',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
