import { TRPCError } from '@trpc/server';
import { entityBoundRoles } from '../../workflows/roles.ts';
import type { SessionUser } from '../trpc/context.ts';

/** Entity-bound users read only their entity's instances; the others read across entities. */
export function readableEntityIds(user: SessionUser): string[] | undefined {
  if (!entityBoundRoles.includes(user.role)) return undefined;
  return user.entityId ? [user.entityId] : [];
}

export function assertCanRead(user: SessionUser, instanceEntityId: string | null): void {
  const allowed = readableEntityIds(user);
  if (allowed && (instanceEntityId === null || !allowed.includes(instanceEntityId))) {
    // Not FORBIDDEN: an outsider must not learn that the instance exists.
    throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
  }
}
