import { AppError } from '../trpc/app-error.ts';
import type { SessionUser } from '../trpc/context.ts';
import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import { entityBoundRoles } from '../../workflows/roles.ts';
import { actingEntities, coordinatesEntity, hasRole } from '../access/grants.ts';
import { journeyWorkflow } from '../../workflows/journeys/journey-machine.ts';

/** The entities whose journeys the user reads: entity-bound users their own (maybe none), everyone else all. */
export function journeyEntityScope(user: SessionUser): 'all' | string[] {
  if (user.grants.some((g) => !entityBoundRoles.includes(g.role))) return 'all';
  return actingEntities(user);
}

export function mayReadJourney(user: SessionUser, entityId: string | null): boolean {
  const scope = journeyEntityScope(user);
  return scope === 'all' || (entityId !== null && scope.includes(entityId));
}

/** The journey rule for the generic workflow API: the same question as the journey pages ask. */
export const journeyVisibility: InstanceVisibilityRule = {
  kind: journeyWorkflow.kind,
  mayRead: (user, instance) => mayReadJourney(user, instance.entityId),
  candidates: journeyEntityScope,
};

/** Entity-bound users see their entity's journeys only; an outsider learns nothing (NOT_FOUND). */
export function assertCanReadJourney(user: SessionUser, entityId: string): void {
  if (!mayReadJourney(user, entityId)) throw new AppError('NOT_FOUND', 'errors.journeys.not_found');
}

/** Same rule as the machine's events: programme managers any journey, coordinators their entity's. */
export function assertCanDriveJourney(user: SessionUser, entityId: string): void {
  assertCanReadJourney(user, entityId);
  const drives = hasRole(user, 'programme_manager') || coordinatesEntity(user, entityId);
  if (!drives) throw new AppError('FORBIDDEN', 'errors.journeys.forbidden');
}
