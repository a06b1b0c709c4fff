import type { SessionUser } from '../trpc/context.ts';

/**
 * Whose imports a user may read (file names, authors, counts, bad-row reports): the
 * programme office and administrators every one; a coordinator their entity's and the
 * programme-wide ones (no entity: they carry every entity's rows); nobody else any.
 */
export type ImportScope = { all: true } | { all: false; entityId: string } | null;

export function importScope(user: SessionUser): ImportScope {
  if (user.role === 'programme_manager' || user.role === 'administrator') return { all: true };
  if (user.role === 'entity_coordinator' && user.entityId !== null) return { all: false, entityId: user.entityId };
  return null;
}

/** The same rule for one import; its author always reads it. */
export function mayReadImport(user: SessionUser, job: { createdBy: string | null; entityId: string | null }): boolean {
  const scope = importScope(user);
  if (!scope) return false;
  return scope.all || job.createdBy === user.id || job.entityId === null || job.entityId === scope.entityId;
}
