import type { Grant } from '../access/grants.ts';
import type { DB } from '../db/schema.ts';
import { isRole, roles } from '../../workflows/roles.ts';

/** A person's grants, in the product's role order (administrator first), unknown role names dropped. */
export async function grantsOf(db: DB, userId: string): Promise<Grant[]> {
  const rows = await db.selectFrom('user_roles').select(['role', 'entity_id']).where('user_id', '=', userId).execute();
  return toGrants(rows);
}

/** Grants of many people at once, by user id. */
export async function grantsByUser(db: DB, userIds: readonly string[]): Promise<Map<string, Grant[]>> {
  const byUser = new Map<string, Grant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db.selectFrom('user_roles').select(['user_id', 'role', 'entity_id']).where('user_id', 'in', userIds).execute();
  for (const id of userIds) byUser.set(id, toGrants(rows.filter((r) => r.user_id === id)));
  return byUser;
}

function toGrants(rows: readonly { role: string; entity_id: string | null }[]): Grant[] {
  return rows
    .flatMap((r) => (isRole(r.role) ? [{ role: r.role, entityId: r.entity_id }] : []))
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || (a.entityId ?? '').localeCompare(b.entityId ?? ''));
}

/** Replaces a person's grants (inside the caller's transaction); the trigger ends their sessions. */
export async function replaceGrants(db: DB, userId: string, grants: readonly Grant[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (grants.length === 0) return;
  await db
    .insertInto('user_roles')
    .values(grants.map((g) => ({ user_id: userId, role: g.role, entity_id: g.entityId })))
    .execute();
}

/** Active people holding `role` (for `entityId`, when given): a notice's role recipients. */
export function activeHolders(db: DB, role: string, entityId?: string | null) {
  const q = db
    .selectFrom('users')
    .select(['users.id', 'users.username', 'users.locale'])
    .where('users.active', '=', true)
    .where((eb) => {
      const grant = eb.selectFrom('user_roles as g').select('g.user_id').whereRef('g.user_id', '=', 'users.id').where('g.role', '=', role);
      return eb.exists(entityId ? grant.where('g.entity_id', '=', entityId) : grant);
    });
  return q.orderBy('users.username');
}

/** Active people tied to `entityId` by any grant (its coordinators, participants, staff whose home it is). */
export function activePeopleOf(db: DB, entityId: string) {
  return db
    .selectFrom('users')
    .select(['users.id', 'users.display_name_ar', 'users.display_name_en'])
    .where('users.active', '=', true)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('user_roles as g').select('g.user_id').whereRef('g.user_id', '=', 'users.id').where('g.entity_id', '=', entityId),
      ),
    );
}
