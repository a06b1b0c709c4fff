import { sql, type Kysely } from 'kysely';

/**
 * The durable mail outbox, people's mail preferences, and `users.email`. A mail row is written in
 * the transaction of the change it announces and sent after commit by the sender loop, so a mail
 * exists iff its change committed and a mail-server outage only delays it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The people administration adds the same column; `if not exists` lets both migrations run in either order.
  await sql`alter table users add column if not exists email text`.execute(db);
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('recipient_address', 'text', (c) => c.notNull())
    .addColumn('recipient_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();
  await sql`create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null and failed_at is null`.execute(db);
  await db.schema
    .createTable('mail_preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('immediate', 'daily', 'none')`))
    .addColumn('last_digest_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_preferences').execute();
  await db.schema.dropTable('mail_outbox').execute();
}
