import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { canSeeEntity, type Viewer } from '../../workflows/improvement/register-visibility.ts';

/**
 * Prerequisites may belong to other entities, but the author must be able to see each one.
 * One the author cannot see gets the very refusal an id that does not exist gets, so the
 * answer never tells whether another entity's action exists.
 */
export async function assertVisiblePrerequisites(db: DB, viewer: Viewer, ids: readonly string[]): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await db.selectFrom('actions').select(['id', 'entity_id']).where('id', 'in', wanted).execute();
  if (found.length !== wanted.length || found.some((a) => !canSeeEntity(viewer, a.entity_id))) {
    throw new AppError('BAD_REQUEST', 'errors.improvement.dependencyUnknown');
  }
}

/** Whether `viewer` may see the action (false for one that does not exist). */
export async function canSeeAction(db: DB, viewer: Viewer, id: string): Promise<boolean> {
  const row = await db.selectFrom('actions').select('entity_id').where('id', '=', id).executeTakeFirst();
  return row !== undefined && canSeeEntity(viewer, row.entity_id);
}
