import { sql, type Kysely } from 'kysely';

/**
 * The composite's other sources per cycle subject (customer feedback, mystery shopper,
 * employee survey), with every change kept in a history table written in the same
 * transaction.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('excellence_composite_sources')
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('excellence_cycles.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('customer_feedback', 'mystery_shopper', 'employee_survey')`))
    .addColumn('percent', 'double precision', (c) => c.notNull().check(sql`percent >= 0 and percent <= 100`))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('excellence_composite_sources_pk', ['cycle_id', 'subject_id', 'source'])
    .execute();
  await db.schema
    .createTable('excellence_composite_source_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('excellence_cycles.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('from_percent', 'double precision')
    .addColumn('to_percent', 'double precision', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('excellence_composite_source_history').execute();
  await db.schema.dropTable('excellence_composite_sources').execute();
}
