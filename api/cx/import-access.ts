import type { SessionUser } from '../trpc/context.ts';
import { coordinatedEntities, hasAnyRole } from '../access/grants.ts';

/**
 * Whose imports a user may read (file names, authors, counts, bad-row reports): the
 * programme office and administrators every one; a coordinator their entity's and the
 * programme-wide ones (no entity: they carry every entity's rows); nobody else any.
 */
export type ImportScope = { all: true } | { all: false; entityIds: string[] } | null;

export function importScope(user: SessionUser): ImportScope {
  if (hasAnyRole(user, ['programme_manager', 'administrator'])) return { all: true };
  const entityIds = coordinatedEntities(user);
  return entityIds.length > 0 ? { all: false, entityIds } : null;
}

/** The same rule for one import; its author always reads it. */
export function mayReadImport(user: SessionUser, job: { createdBy: string | null; entityId: string | null }): boolean {
  const scope = importScope(user);
  if (!scope) return false;
  return scope.all || job.createdBy === user.id || job.entityId === null || scope.entityIds.includes(job.entityId);
}
