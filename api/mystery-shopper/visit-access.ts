import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import { actingEntities, hasAnyRole, isAdministrator } from '../access/grants.ts';
import type { SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import type { VisitContext } from '../../workflows/mystery-shopper/visit-machine.ts';

/** Who runs the programme: plans periods, reviews visits. */
export function runsProgramme(user: SessionUser): boolean {
  return isAdministrator(user) || hasAnyRole(user, ['programme_manager']);
}

/**
 * Who may read one visit: the programme, the shopper it is assigned to, and the centre's own
 * entity only when the visit was announced. An unannounced visit never shows to the centre.
 */
export function mayReadVisit(user: SessionUser, visit: { shopperId: string; entityId: string; announced: boolean }): boolean {
  if (runsProgramme(user)) return true;
  if (user.id === visit.shopperId) return true;
  return visit.announced && actingEntities(user).includes(visit.entityId);
}

export const visitVisibility: InstanceVisibilityRule<VisitContext> = {
  kind: 'mystery_shopper_visit',
  mayRead: (user, instance) => mayReadVisit(user, instance.context),
  candidates: (user) => (runsProgramme(user) || hasAnyRole(user, ['mystery_shopper']) ? 'all' : actingEntities(user)),
};

/** An unreadable visit reads as one that does not exist. */
export function assertCanReadVisit(user: SessionUser, visit: { shopperId: string; entityId: string; announced: boolean }): void {
  if (!mayReadVisit(user, visit)) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.visitNotFound');
}
