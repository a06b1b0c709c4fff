import { sql, type Kysely } from 'kysely';

/**
 * Every process keeps signed-in sessions in memory for a moment (api/accounts/session-cache.ts).
 * An ended or shortened session, or a changed account, must not live on there (a change of
 * grants ends the person's sessions through user_roles' trigger, migration 0601, so it is announced as ended): the database announces both on
 * `session_changes`, whoever makes the change (a procedure, the privilege trigger of 0530, a
 * workshop removing a guest, hand-written SQL), and every process drops what it holds.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function sessions_announce_end() returns trigger language plpgsql as $$
    begin
      perform pg_notify('session_changes', 'token:' || old.token_hash);
      return null;
    end $$`.execute(db);
  await sql`create trigger sessions_ended after delete on sessions for each row execute function sessions_announce_end()`.execute(db);
  // A session cut short (or moved to another user) by hand ends in memory as well.
  await sql`
    create trigger sessions_changed after update on sessions
    for each row when (old.expires_at is distinct from new.expires_at or old.user_id is distinct from new.user_id or old.token_hash is distinct from new.token_hash)
    execute function sessions_announce_end()`.execute(db);
  await sql`
    create function users_announce_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('session_changes', 'user:' || new.id);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger users_session_fields_changed after update on users
    for each row when (
      old.username is distinct from new.username or old.display_name_ar is distinct from new.display_name_ar or
      old.display_name_en is distinct from new.display_name_en or old.locale is distinct from new.locale or old.active is distinct from new.active
    )
    execute function users_announce_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger users_session_fields_changed on users`.execute(db);
  await sql`drop function users_announce_change()`.execute(db);
  await sql`drop trigger sessions_changed on sessions`.execute(db);
  await sql`drop trigger sessions_ended on sessions`.execute(db);
  await sql`drop function sessions_announce_end()`.execute(db);
}
