import { sql, type Kysely } from 'kysely';

/**
 * Sign-in throttling per (account, address) with backoff, plus a per-address brake, replacing the
 * per-username log that let anyone lock anyone out; and sessions that remember the role and entity
 * they were issued for, so a privilege change ends them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_backoff')
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('blocked_until', 'timestamptz')
    .addPrimaryKeyConstraint('login_backoff_pk', ['username', 'address'])
    .execute();
  await db.schema
    .createTable('login_address_window')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.dropTable('login_attempts').execute();

  await db.schema.alterTable('sessions').addColumn('role', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('entity_id', 'text').execute();
  await sql`update sessions set role = users.role, entity_id = users.entity_id from users where users.id = sessions.user_id`.execute(db);
  await db.schema.alterTable('sessions').alterColumn('role', (c) => c.setNotNull()).execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sessions_user_idx').execute();
  await db.schema.alterTable('sessions').dropColumn('entity_id').execute();
  await db.schema.alterTable('sessions').dropColumn('role').execute();
  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_user_idx').on('login_attempts').columns(['username', 'attempted_at']).execute();
  await db.schema.createIndex('login_attempts_ip_idx').on('login_attempts').columns(['ip', 'attempted_at']).execute();
  await db.schema.dropTable('login_address_window').execute();
  await db.schema.dropTable('login_backoff').execute();
}
