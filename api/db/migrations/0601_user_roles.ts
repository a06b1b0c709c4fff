import { sql, type Kysely } from 'kysely';

/**
 * A person may hold several roles, each maybe scoped to an entity (coordinator of X, participant
 * for X; for an assessor or any other role the entity is the person's home entity, which is
 * what conflict-of-interest rules read). Backfilled from users.role/entity_id, which then go.
 * Any change to a person's grants ends their sessions at once, as a change to `active` does.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.references('entities.id'))
    .execute();
  // One grant of a role per entity (or one unscoped): null entity ids compare equal here.
  await sql`create unique index user_roles_grant_idx on user_roles (user_id, role, coalesce(entity_id, ''))`.execute(db);
  await db.schema.createIndex('user_roles_role_idx').on('user_roles').columns(['role', 'entity_id']).execute();
  await sql`insert into user_roles (user_id, role, entity_id) select id, role, entity_id from users`.execute(db);

  await sql`drop trigger users_privilege_change on users`.execute(db);
  await db.schema.alterTable('users').dropColumn('role').execute();
  await db.schema.alterTable('users').dropColumn('entity_id').execute();
  await sql`
    create trigger users_privilege_change after update of active on users
    for each row when (old.active is distinct from new.active)
    execute function users_end_sessions_on_privilege_change()`.execute(db);
  await sql`
    create function user_roles_end_sessions() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then delete from sessions where user_id = old.user_id; end if;
      if tg_op in ('INSERT', 'UPDATE') then delete from sessions where user_id = new.user_id; end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger user_roles_change after insert or update or delete on user_roles
    for each row execute function user_roles_end_sessions()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger users_privilege_change on users`.execute(db);
  await db.schema.alterTable('users').addColumn('role', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('entity_id', 'text', (c) => c.references('entities.id'))
    .execute();
  // One grant per person survives the way down: the first by role name, entity-scoped ones first.
  await sql`
    update users u set role = g.role, entity_id = g.entity_id
    from (select distinct on (user_id) user_id, role, entity_id from user_roles order by user_id, entity_id is null, role) g
    where g.user_id = u.id`.execute(db);
  await sql`update users set role = 'participant' where role is null`.execute(db);
  await sql`alter table users alter column role set not null`.execute(db);
  await sql`
    create trigger users_privilege_change after update of role, entity_id, active on users
    for each row when (old.role is distinct from new.role or old.entity_id is distinct from new.entity_id or old.active is distinct from new.active)
    execute function users_end_sessions_on_privilege_change()`.execute(db);
  await db.schema.dropTable('user_roles').execute();
  await sql`drop function user_roles_end_sessions()`.execute(db);
}
