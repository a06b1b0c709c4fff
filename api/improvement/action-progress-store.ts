import type { DB } from '../db/schema.ts';
import { actionProgressById } from '../../workflows/improvement/action-progress.ts';

/**
 * The progress of each of `ids` by the one definition (`actionProgressById`). Sub-actions
 * share their parent's plan, so the plans of `ids` hold every descendant.
 */
export async function loadActionProgress(db: DB, ids: readonly string[]): Promise<Map<string, number | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'parent_action_id', 'weight', 'status', 'progress'])
    .where('plan_id', 'in', (eb) =>
      eb
        .selectFrom('actions')
        .select('plan_id')
        .where('id', 'in', [...ids]),
    )
    .execute();
  return actionProgressById(
    rows.map((r) => ({ id: r.id, parentActionId: r.parent_action_id, weight: r.weight, status: r.status, progress: r.progress })),
  );
}
