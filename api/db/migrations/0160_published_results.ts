import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('published_results')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('cycle_number', 'integer', (c) => c.notNull())
    .addColumn('cycle_year', 'integer', (c) => c.notNull())
    .addColumn('framework_code', 'text', (c) => c.notNull())
    .addColumn('framework_version', 'integer', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('total_points', 'double precision', (c) => c.notNull())
    .addColumn('max_points', 'double precision', (c) => c.notNull())
    .addColumn('total_percent', 'double precision', (c) => c.notNull())
    .addColumn('maturity_code', 'text')
    .addColumn('stars', 'integer')
    .addColumn('tier', 'text')
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('previous_rank', 'integer')
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_results_pk', ['cycle_id', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('published_results_framework_idx')
    .on('published_results')
    .columns(['framework_code', 'cycle_number'])
    .execute();
  await db.schema.createIndex('published_results_entity_idx').on('published_results').column('entity_id').execute();
  await db.schema
    .createTable('published_node_scores')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('node_code', 'text', (c) => c.notNull())
    .addColumn('pillar_code', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('percent', 'double precision', (c) => c.notNull())
    .addColumn('points', 'double precision', (c) => c.notNull())
    .addColumn('max_points', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_node_scores_pk', ['cycle_id', 'subject_id', 'node_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('published_node_scores').execute();
  await db.schema.dropTable('published_results').execute();
}
