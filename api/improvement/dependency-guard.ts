import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { dependencyState, isBlocked } from '../../workflows/improvement/action-dependencies.ts';
import { canSeeEntity, type Viewer } from '../../workflows/improvement/register-visibility.ts';

/**
 * An action cannot be completed while a prerequisite (of any entity) is unfinished. The
 * refusal names the prerequisites `viewer` may see; the others it only counts. A null
 * viewer (the engine itself) sees them all.
 */
export async function assertNotBlocked(db: DB, actionId: string, viewer: Viewer | null): Promise<void> {
  const deps = await db
    .selectFrom('action_dependencies')
    .innerJoin('actions', 'actions.id', 'action_dependencies.depends_on_action_id')
    .select(['actions.id', 'actions.code', 'actions.status', 'actions.entity_id'])
    .where('action_dependencies.action_id', '=', actionId)
    .execute();
  const state = dependencyState(
    actionId,
    deps.map((d) => ({ actionId, dependsOnId: d.id })),
    new Map(deps.map((d) => [d.id, d.status])),
  );
  if (!isBlocked(state)) return;
  const blocking = deps.filter((d) => state.blocking.includes(d.id));
  const named = blocking.filter((d) => viewer === null || canSeeEntity(viewer, d.entity_id));
  if (named.length > 0)
    throw new AppError('PRECONDITION_FAILED', 'errors.improvement.blockedByDependency', {
      actions: named.map((d) => d.code ?? d.id).join(', '),
    });
  throw new AppError('PRECONDITION_FAILED', 'errors.improvement.blockedByHiddenDependency', { hidden: blocking.length });
}
