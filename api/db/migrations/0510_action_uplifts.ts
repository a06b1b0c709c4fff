import { sql, type Kysely } from 'kysely';

/** Points an action's owner declares it adds to a criterion once verified (the projection's input). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('action_uplifts')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('criterion_code', 'text', (c) => c.notNull())
    .addColumn('points', 'double precision', (c) => c.notNull().check(sql`points >= 0`))
    .addPrimaryKeyConstraint('action_uplifts_pk', ['action_id', 'criterion_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('action_uplifts').execute();
}
