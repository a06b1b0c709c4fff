import { AppError } from '../trpc/app-error.ts';
import type { SessionUser } from '../trpc/context.ts';
import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import { workshopWorkflow } from '../../workflows/workshops/workshop-workflow.ts';
import type { Role } from '../../workflows/roles.ts';
import { hasAnyRole } from '../access/grants.ts';

export type WorkshopViewerRole = 'facilitator' | 'participant' | 'observer';

/** Staff who may look at any workshop without taking part. */
const observerRoles: readonly Role[] = ['administrator', 'programme_manager', 'facilitator', 'leadership'];

/** Who runs and who takes part: the context's lists, or the `workshops` row's copy of them. */
interface WorkshopPeople {
  facilitatorId: string;
  participants: readonly { id: string; removed: boolean }[];
}

/** How this user stands to the workshop: a viewer role, removed from it, or an outsider. */
function relationTo(user: SessionUser, context: WorkshopPeople): WorkshopViewerRole | 'removed' | 'outsider' {
  if (user.id === context.facilitatorId) return 'facilitator';
  const me = context.participants.find((p) => p.id === user.id);
  if (me && !me.removed) return 'participant';
  if (me?.removed) return 'removed';
  if (hasAnyRole(user, observerRoles)) return 'observer';
  return 'outsider';
}

/**
 * How this user sees the workshop. Customers and entity representatives see it only while
 * they are on its participant list: an outsider gets NOT_FOUND (the workshop's existence is
 * not revealed), a removed participant a clear refusal.
 */
export function workshopViewerRole(user: SessionUser, context: WorkshopPeople): WorkshopViewerRole {
  const relation = relationTo(user, context);
  if (relation === 'removed') throw new AppError('FORBIDDEN', 'errors.workshops.removed');
  if (relation === 'outsider') throw new AppError('NOT_FOUND', 'errors.workshops.notFound');
  return relation;
}

/** Whoever `workshopViewerRole` lets in, as a yes/no (the workshop list asks it of every row). */
export function mayReadWorkshop(user: SessionUser, context: WorkshopPeople): boolean {
  const relation = relationTo(user, context);
  return relation !== 'removed' && relation !== 'outsider';
}

/** The workshop rule for the generic workflow API: the same question. */
export const workshopVisibility: InstanceVisibilityRule<WorkshopContext> = {
  kind: workshopWorkflow.kind,
  mayRead: (user, instance) => mayReadWorkshop(user, instance.context),
  // Workshops belong to no entity; who takes part is in each one's context.
  candidates: () => 'all',
};

export function assertFacilitatorOf(user: SessionUser, context: Pick<WorkshopContext, 'facilitatorId'>): void {
  if (user.id !== context.facilitatorId) throw new AppError('FORBIDDEN', 'errors.workshops.facilitatorOnly');
}
