import { sql, type Kysely } from 'kysely';

/** One row per self-assessment deadline reminded of: the sweep's memory, so a reminder goes once per deadline. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('self_assessment_reminders')
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reminded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('self_assessment_reminders_pk', ['assessment_id', 'due_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('self_assessment_reminders').execute();
}
