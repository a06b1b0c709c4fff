import { sql, type Kysely } from 'kysely';

/**
 * Sign-in throttling per (account, address) with backoff, plus a per-address brake, replacing the
 * per-username log that let anyone lock anyone out; and a privilege change (role, entity, or the
 * account switched off or on) that ends the user's sessions, however the row is changed.
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

  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
  // In the database rather than in each procedure: an admin screen, a seed or a hand-written UPDATE
  // all end the sessions, and switching a privilege back cannot revive a session refused meanwhile.
  await sql`
    create function users_end_sessions_on_privilege_change() returns trigger language plpgsql as $$
    begin
      delete from sessions where user_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger users_privilege_change after update of role, entity_id, active on users
    for each row when (old.role is distinct from new.role or old.entity_id is distinct from new.entity_id or old.active is distinct from new.active)
    execute function users_end_sessions_on_privilege_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger users_privilege_change on users`.execute(db);
  await sql`drop function users_end_sessions_on_privilege_change()`.execute(db);
  await db.schema.dropIndex('sessions_user_idx').execute();
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
