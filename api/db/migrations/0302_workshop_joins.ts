import type { Kysely } from 'kysely';

/** Join attempts with invite codes (throttled per IP across API processes) and a participant cap per workshop. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workshop_join_attempts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshop_join_attempts_ip_at_idx').on('workshop_join_attempts').columns(['ip', 'at']).execute();
  await db.schema
    .alterTable('workshops')
    .addColumn('participant_cap', 'integer', (c) => c.notNull().defaultTo(200))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workshops').dropColumn('participant_cap').execute();
  await db.schema.dropTable('workshop_join_attempts').execute();
}
