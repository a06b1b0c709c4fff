import type { SessionUser } from '../trpc/context.ts';
import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import { coordinatedEntities, coordinatesEntity, hasAnyRole } from '../access/grants.ts';
import { AppError } from '../trpc/app-error.ts';
import { consultationWorkflow } from '../../workflows/participation/consultation-workflow.ts';

/** Phases the public sees; a draft or a consultation waiting for its open date is the owner's alone. */
export const publicPhases = ['open', 'closed', 'responded'] as const;

/** Who reads a consultation's staff side: the programme office, and the owning entity's coordinator. */
export function mayManageRead(user: SessionUser, entityId: string | null): boolean {
  return hasAnyRole(user, ['programme_manager', 'administrator']) || coordinatesEntity(user, entityId);
}

/** Who runs it (writes text, opens, moderates, answers): the programme manager, or the owning entity's coordinator. */
export function mayRun(user: SessionUser, entityId: string | null): boolean {
  return hasAnyRole(user, ['programme_manager']) || coordinatesEntity(user, entityId);
}

/** Not FORBIDDEN for outsiders: another entity's draft must look like one that does not exist. */
export function assertManageRead(user: SessionUser, entityId: string | null): void {
  if (!mayManageRead(user, entityId)) throw new AppError('NOT_FOUND', 'errors.participation.notFound');
}

export function assertRun(user: SessionUser, entityId: string | null): void {
  assertManageRead(user, entityId);
  if (!mayRun(user, entityId)) throw new AppError('FORBIDDEN', 'errors.participation.readOnly');
}

/** The entities whose consultations the user manages: 'all' for the programme office. */
export function managedScope(user: SessionUser): 'all' | string[] {
  return hasAnyRole(user, ['programme_manager', 'administrator']) ? 'all' : coordinatedEntities(user);
}

/** Published phases are public; the rest follow the staff rule. */
export const consultationVisibility: InstanceVisibilityRule = {
  kind: consultationWorkflow.kind,
  mayRead: (user, instance) => (publicPhases as readonly string[]).includes(instance.state) || mayManageRead(user, instance.entityId),
  candidates: () => 'all',
};
