import type { SessionUser } from '../trpc/context.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { isRole } from '../../workflows/roles.ts';
import { coordinatedEntities, coordinatesEntity, hasAnyRole, rolesOf } from '../access/grants.ts';
import { AppError } from '../trpc/app-error.ts';
import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import { canSeeEntity, visibleEntities, type Viewer } from '../../workflows/improvement/register-visibility.ts';
import { actionWorkflow } from '../../workflows/improvement/action-workflow.ts';

export function viewerOf(user: SessionUser): Viewer {
  const entityIds = coordinatedEntities(user);
  return { roles: rolesOf(user), entityId: entityIds[0] ?? null, entityIds };
}

/** The same viewer for an engine actor; null for the engine itself, which sees everything. */
export function viewerOfActor(actor: Actor): Viewer | null {
  return actor.system ? null : { roles: actor.roles.filter(isRole), entityId: actor.entityId };
}

/** 'all', or the entity ids whose gaps and plans the user may see (maybe none). */
export function entityScope(user: SessionUser): 'all' | string[] {
  return visibleEntities(viewerOf(user));
}

/** Actions follow the register's rule, in the generic workflow API as on the action pages. */
export const actionVisibility: InstanceVisibilityRule = {
  kind: actionWorkflow.kind,
  mayRead: (user, instance) => instance.entityId !== null && canSeeEntity(viewerOf(user), instance.entityId),
  candidates: entityScope,
};

/** Not FORBIDDEN: an outsider must not learn that another entity's gap or plan exists. */
export function assertCanSee(user: SessionUser, entityId: string): void {
  if (!canSeeEntity(viewerOf(user), entityId)) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
}

/**
 * Coordinators change their own entity's register and plans, the programme office
 * changes any; leadership and everyone else only read.
 */
export function assertCanEdit(user: SessionUser, entityId: string): void {
  assertCanSee(user, entityId);
  if (!canEditEntity(user, entityId)) throw new AppError('FORBIDDEN', 'errors.improvement.readOnly');
}

/** The rule above as a yes/no, so pages show an edit form only to those who may use it. */
export function canEditEntity(user: SessionUser, entityId: string): boolean {
  return coordinatesEntity(user, entityId) || hasAnyRole(user, ['programme_manager', 'administrator']);
}
