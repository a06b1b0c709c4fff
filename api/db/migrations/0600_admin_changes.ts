import { sql, type Kysely } from 'kysely';

/** The administration audit trail: who changed which record, when, before and after. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('admin_changes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('admin_changes_subject_idx').on('admin_changes').columns(['subject_kind', 'subject_id', 'at']).execute();
  await sql`
    create function admin_changes_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'admin_changes is append-only';
    end $$`.execute(db);
  await sql`
    create trigger admin_changes_append_only before update or delete on admin_changes
    for each row execute function admin_changes_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('admin_changes').execute();
  await sql`drop function admin_changes_append_only`.execute(db);
}
