import { sql, type Kysely } from 'kysely';

/**
 * People administration: an e-mail address per person (unique whatever its case), and one-time
 * account links (set a password, accept an invitation) stored as hashes, expiring, used once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The mail outbox (0630) adds the same column; `if not exists` lets both run in either order.
  await sql`alter table users add column if not exists email text`.execute(db);
  await sql`create unique index users_email_idx on users (lower(email))`.execute(db);
  await db.schema
    .createTable('account_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** set_password | invitation */
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('account_links_user_idx').on('account_links').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('account_links').execute();
  await sql`drop index users_email_idx`.execute(db);
}
