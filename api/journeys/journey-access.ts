import { AppError } from '../trpc/app-error.ts';
import type { SessionUser } from '../trpc/context.ts';
import { readableEntityIds } from '../access/instance-visibility.ts';

/** Entity-bound users see their entity's journeys only; an outsider learns nothing (NOT_FOUND). */
export function assertCanReadJourney(user: SessionUser, entityId: string): void {
  const allowed = readableEntityIds(user);
  if (allowed && !allowed.includes(entityId)) throw new AppError('NOT_FOUND', 'errors.journeys.not_found');
}

/** Same rule as the machine's events: programme managers any journey, coordinators their entity's. */
export function assertCanDriveJourney(user: SessionUser, entityId: string): void {
  assertCanReadJourney(user, entityId);
  const drives = user.role === 'programme_manager' || (user.role === 'entity_coordinator' && user.entityId === entityId);
  if (!drives) throw new AppError('FORBIDDEN', 'errors.journeys.forbidden');
}
