import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { assertCanEdit, assertCanSee } from './register-access.ts';

/**
 * The selected gaps or actions, checked as a whole before anything changes: an id that does
 * not exist or that the person may not see refuses the call as one made-up id would
 * (NOT_FOUND), and with `edit` one of an entity the person may only read refuses it too.
 * A selection comes from a list the person was shown, so either means a stale or forged list.
 */
export async function checkSelection(
  db: DB,
  table: 'gaps' | 'actions',
  ids: readonly string[],
  user: SessionUser,
  edit: boolean,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  const rows = await db.selectFrom(table).select(['id', 'entity_id']).where('id', 'in', wanted).execute();
  const entityOf = new Map(rows.map((r) => [r.id, r.entity_id]));
  for (const id of wanted) {
    const entityId = entityOf.get(id);
    if (entityId === undefined) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
    assertCanSee(user, entityId);
  }
  if (edit) for (const entityId of new Set(entityOf.values())) assertCanEdit(user, entityId);
  return entityOf;
}
