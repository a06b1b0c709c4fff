import type { DB } from '../db/schema.ts';
import { grantsByUser, replaceGrants } from '../accounts/grants-store.ts';
import type { ScopedRole } from '../../workflows/onboarding/roles-cell.ts';

/** Entity id -> code and back, for translating grants to the file's notation. */
export interface EntityCodes {
  idOf: ReadonlyMap<string, string>;
  codeOf: ReadonlyMap<string, string>;
}

export async function entityCodes(db: DB): Promise<EntityCodes> {
  const rows = await db.selectFrom('entities').select(['id', 'code']).execute();
  return { idOf: new Map(rows.map((r) => [r.code.toUpperCase(), r.id])), codeOf: new Map(rows.map((r) => [r.id, r.code.toUpperCase()])) };
}

/** People's grants (user_roles) as the import reads them: role and entity code. */
export async function rolesByUser(db: DB, userIds: readonly string[], codes?: EntityCodes): Promise<Map<string, ScopedRole[]>> {
  const byUser = await grantsByUser(db, userIds);
  const { codeOf } = codes ?? (await entityCodes(db));
  return new Map(
    [...byUser].map(([id, grants]) => [
      id,
      grants.map((g) => ({ role: g.role, entityCode: g.entityId ? (codeOf.get(g.entityId) ?? g.entityId) : null })),
    ]),
  );
}

/** Replaces a person's grants by the file's (the grants trigger ends their sessions). */
export async function writeRoles(db: DB, userId: string, scoped: readonly ScopedRole[], codes: EntityCodes): Promise<void> {
  await replaceGrants(
    db,
    userId,
    scoped.map((s) => ({ role: s.role, entityId: s.entityCode ? codes.idOf.get(s.entityCode)! : null })),
  );
}
