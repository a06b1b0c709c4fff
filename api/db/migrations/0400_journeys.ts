import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The service catalogue: the documented definition as JSON, searchable columns beside it.
  await db.schema
    .createTable('services')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('owner_entity_code', 'text', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('strategic_weight', 'real', (c) => c.notNull().defaultTo(0.5).check(sql`strategic_weight >= 0 and strategic_weight <= 1`))
    .execute();

  await db.schema
    .createTable('cx_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('complaints', 'survey_answers', 'centre_operations')`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('imported_rows', 'integer', (c) => c.notNull())
    .addColumn('skipped_rows', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Dates stay YYYY-MM-DD text: calendar days with no time zone to drift through drivers.
  await db.schema
    .createTable('cx_complaints')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('import_id', 'text', (c) => c.notNull().references('cx_imports.id'))
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cx_complaints_service_idx').on('cx_complaints').columns(['service_code', 'date']).execute();
  await db.schema
    .createTable('cx_survey_answers')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('import_id', 'text', (c) => c.notNull().references('cx_imports.id'))
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('centre_code', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('satisfaction', 'smallint', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cx_survey_answers_service_idx').on('cx_survey_answers').columns(['service_code', 'date']).execute();
  await db.schema
    .createTable('cx_centre_operations')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('import_id', 'text', (c) => c.notNull().references('cx_imports.id'))
    .addColumn('centre_code', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('transactions_served', 'integer', (c) => c.notNull())
    .addColumn('average_wait_minutes', 'real', (c) => c.notNull())
    .addColumn('average_service_minutes', 'real', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cx_centre_operations_centre_idx').on('cx_centre_operations').columns(['centre_code', 'date']).execute();

  // One row per priority journey; its phase lives in the workflow instance of the same id.
  await db.schema
    .createTable('journeys')
    .addColumn('id', 'text', (c) => c.primaryKey().references('workflow_instances.id'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('title_ar', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('service_codes', 'jsonb', (c) => c.notNull())
    .addColumn('promised', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('journey_maps')
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
    .addColumn('version', 'text', (c) => c.notNull().check(sql`version in ('as_is', 'to_be', 'post_implementation')`))
    .addColumn('map', 'jsonb', (c) => c.notNull())
    .addColumn('saved_by', 'text')
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('frozen_at', 'timestamptz')
    .addPrimaryKeyConstraint('journey_maps_pk', ['journey_id', 'version'])
    .execute();
  await db.schema
    .createTable('journey_measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('baseline', 'remeasurement')`))
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .addColumn('measured_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('journey_root_causes')
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('journey_root_causes_pk', ['journey_id', 'id'])
    .execute();
  await db.schema
    .createTable('journey_opportunities')
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('journey_opportunities_pk', ['journey_id', 'id'])
    .execute();
  // Each computed difference and the shared-register gap it raised.
  await db.schema
    .createTable('journey_gaps')
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
    .addColumn('change_key', 'text', (c) => c.notNull())
    .addColumn('gap_id', 'text', (c) => c.notNull().references('gaps.id'))
    .addColumn('change', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('journey_gaps_pk', ['journey_id', 'change_key'])
    .execute();
  // Transition-plan items, under one shared action plan per journey.
  await db.schema
    .createTable('journey_plan_items')
    .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('action_plans.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('milestone', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('change_keys', 'jsonb', (c) => c.notNull())
    .addColumn('opportunity_ids', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('journey_plan_items_pk', ['journey_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'journey_plan_items',
    'journey_gaps',
    'journey_opportunities',
    'journey_root_causes',
    'journey_measurements',
    'journey_maps',
    'journeys',
    'cx_centre_operations',
    'cx_survey_answers',
    'cx_complaints',
    'cx_imports',
    'services',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
