import { sql, type Kysely } from 'kysely';

/**
 * The mystery-shopper programme: the shopper pool (profiles, availability, conflicts), the
 * scenario library, periods with their quotas, and visits (read model of the
 * `mystery_shopper_visit` workflow, same id) with their photos.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mystery_shoppers')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('nationality_group', 'text', (c) => c.notNull())
    .addColumn('age_band', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('disability', 'boolean', (c) => c.notNull())
    .addColumn('weekdays', 'jsonb', (c) => c.notNull())
    .addColumn('max_visits', 'integer', (c) => c.notNull().check(sql`max_visits >= 0`))
    .addColumn('related_entity_ids', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mystery_scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('centre', 'phone', 'website', 'app')`))
    .addColumn('service_ar', 'text', (c) => c.notNull())
    .addColumn('service_en', 'text', (c) => c.notNull())
    .addColumn('persona_ar', 'text', (c) => c.notNull())
    .addColumn('persona_en', 'text', (c) => c.notNull())
    .addColumn('checklist', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mystery_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('cycle_id', 'text')
    .addColumn('shortfalls', 'jsonb', (c) => c.notNull())
    .addColumn('planned_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('mystery_periods_dates', sql`ends_on >= starts_on`)
    .execute();
  await db.schema
    .createTable('mystery_quotas')
    .addColumn('period_id', 'text', (c) => c.notNull().references('mystery_periods.id'))
    .addColumn('centre_id', 'text', (c) => c.notNull().references('service_centres.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text', (c) => c.notNull().references('mystery_scenarios.id'))
    .addColumn('visits', 'integer', (c) => c.notNull().check(sql`visits >= 0`))
    .addColumn('announced', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('mystery_quotas_pk', ['period_id', 'centre_id', 'channel'])
    .execute();
  await db.schema
    .createTable('mystery_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('mystery_periods.id'))
    .addColumn('centre_id', 'text', (c) => c.notNull().references('service_centres.id'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text', (c) => c.notNull().references('mystery_scenarios.id'))
    .addColumn('shopper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('announced', 'boolean', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('report', 'jsonb')
    .addColumn('score', 'double precision')
    .addColumn('submission_key', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('return_reason', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('mystery_visits_period_idx').on('mystery_visits').columns(['period_id', 'centre_id']).execute();
  await db.schema.createIndex('mystery_visits_shopper_idx').on('mystery_visits').columns(['shopper_id', 'planned_on']).execute();
  await db.schema
    .createTable('mystery_visit_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('mystery_visits.id'))
    // The phone's own id for the photo: a photo sent twice after a lost answer is stored once.
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('mystery_visit_photos_key', ['visit_id', 'client_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['mystery_visit_photos', 'mystery_visits', 'mystery_quotas', 'mystery_periods', 'mystery_scenarios', 'mystery_shoppers'])
    await db.schema.dropTable(t).execute();
}
