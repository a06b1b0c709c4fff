import type { DB } from '../db/schema.ts';
import { roles } from '../../workflows/roles.ts';
import type { ScopedRole } from '../../workflows/onboarding/roles-cell.ts';

/**
 * A person's roles as the import reads and writes them. Until the scoped-grants table lands,
 * an account holds one role (users.role/entity_id): the first of the file's roles in the
 * product's role order is kept.
 */
export async function rolesByUser(db: DB, userIds: readonly string[]): Promise<Map<string, ScopedRole[]>> {
  const out = new Map<string, ScopedRole[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('entities as e', 'e.id', 'u.entity_id')
    .select(['u.id', 'u.role', 'e.code'])
    .where('u.id', 'in', userIds)
    .execute();
  for (const r of rows) out.set(r.id, [{ role: r.role as ScopedRole['role'], entityCode: r.code ?? null }]);
  return out;
}

/** The file's roles for one account; `entityIds` maps entity codes to ids. */
export async function writeRoles(
  db: DB,
  userId: string,
  scoped: readonly ScopedRole[],
  entityIds: ReadonlyMap<string, string>,
): Promise<void> {
  const primary = [...scoped].sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role))[0]!;
  await db
    .updateTable('users')
    .set({ role: primary.role, entity_id: primary.entityCode ? (entityIds.get(primary.entityCode) ?? null) : null })
    .where('id', '=', userId)
    .execute();
}
