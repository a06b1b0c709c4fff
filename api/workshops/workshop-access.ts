import { AppError } from '../trpc/app-error.ts';
import type { SessionUser } from '../trpc/context.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import type { Role } from '../../workflows/roles.ts';

export type WorkshopViewerRole = 'facilitator' | 'participant' | 'observer';

/** Staff who may look at any workshop without taking part. */
const observerRoles: readonly Role[] = ['administrator', 'programme_manager', 'facilitator', 'leadership'];

/**
 * How this user sees the workshop. Customers and entity representatives see it only while
 * they are on its participant list: an outsider gets NOT_FOUND (the workshop's existence is
 * not revealed), a removed participant a clear refusal.
 */
export function workshopViewerRole(user: SessionUser, context: Pick<WorkshopContext, 'facilitatorId' | 'participants'>): WorkshopViewerRole {
  if (user.id === context.facilitatorId) return 'facilitator';
  const me = context.participants.find((p) => p.id === user.id);
  if (me && !me.removed) return 'participant';
  if (me?.removed) throw new AppError('FORBIDDEN', 'errors.workshops.removed');
  if (observerRoles.includes(user.role)) return 'observer';
  throw new AppError('NOT_FOUND', 'errors.workshops.notFound');
}

export function assertFacilitatorOf(user: SessionUser, context: Pick<WorkshopContext, 'facilitatorId'>): void {
  if (user.id !== context.facilitatorId) throw new AppError('FORBIDDEN', 'errors.workshops.facilitatorOnly');
}
