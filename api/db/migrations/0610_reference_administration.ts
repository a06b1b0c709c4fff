import { sql, type Kysely } from 'kysely';

/**
 * Reference data an administrator keeps: the entity tree with archiving, centres that can be
 * switched off, document types and parties outside government as tables (they were compiled in
 * from seeds/), and a version history for every service of the catalogue.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('entities')
    .addColumn('parent_entity_id', 'text', (c) => c.references('entities.id'))
    .execute();
  // Archived, never deleted: cycles, journeys and results keep pointing at the row.
  await db.schema.alterTable('entities').addColumn('archived_at', 'timestamptz').execute();
  await db.schema
    .alterTable('service_centres')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('document_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('issuer_entity_code', 'text')
    .addColumn('retired_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Parties a service or bundle step may name that are not government entities (the customer's bank).
  await db.schema
    .createTable('external_parties')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('services')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('services').addColumn('retired_at', 'timestamptz').execute();
  await db.schema
    .createTable('service_versions')
    .addColumn('code', 'text', (c) => c.notNull().references('services.code'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.references('users.id'))
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_versions_pk', ['code', 'version'])
    .execute();
  // The definitions already stored become each service's first version.
  await sql`insert into service_versions (code, version, definition, saved_by, saved_at) select code, 1, definition, null, now() from services`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_versions').execute();
  await db.schema.alterTable('services').dropColumn('retired_at').execute();
  await db.schema.alterTable('services').dropColumn('version').execute();
  await db.schema.dropTable('external_parties').execute();
  await db.schema.dropTable('document_types').execute();
  await db.schema.alterTable('service_centres').dropColumn('active').execute();
  await db.schema.alterTable('entities').dropColumn('archived_at').execute();
  await db.schema.alterTable('entities').dropColumn('parent_entity_id').execute();
}
