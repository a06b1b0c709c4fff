import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { dependencyState, isBlocked } from '../../workflows/improvement/action-dependencies.ts';

/** An action cannot be completed while a prerequisite (of any entity) is unfinished. */
export async function assertNotBlocked(db: DB, actionId: string): Promise<void> {
  const deps = await db
    .selectFrom('action_dependencies')
    .innerJoin('actions', 'actions.id', 'action_dependencies.depends_on_action_id')
    .select(['actions.id', 'actions.code', 'actions.status'])
    .where('action_dependencies.action_id', '=', actionId)
    .execute();
  const state = dependencyState(
    actionId,
    deps.map((d) => ({ actionId, dependsOnId: d.id })),
    new Map(deps.map((d) => [d.id, d.status])),
  );
  if (isBlocked(state)) {
    const codes = deps.filter((d) => state.blocking.includes(d.id)).map((d) => d.code ?? d.id);
    throw new AppError('PRECONDITION_FAILED', 'errors.improvement.blockedByDependency', { actions: codes.join(', ') });
  }
}
