import { TRPCError } from '@trpc/server';
import type { DB } from '../db/schema.ts';
import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import { assessmentWorkflow, type AssessmentContext } from '../../workflows/excellence/assessment-machine.ts';
import type { AssessmentAccess, Viewer } from '../../workflows/excellence/score-visibility.ts';
import { may } from '../access/capabilities.ts';
import { coordinatedEntities, coordinatesEntity, hasAnyRole, hasRole } from '../access/grants.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';

export interface LoadedAssessment {
  id: string;
  cycleId: string;
  subjectId: string;
  entityId: string;
  entityType: string;
  state: string;
  version: number;
  context: AssessmentContext;
}

/** States from publication on: results are visible to the entity and leadership. */
export function isPublishedState(state: string): boolean {
  return state.startsWith('published') || state === 'feedback' || state === 'improvement_planning' || state === 'closed';
}

export async function loadAssessment(db: DB, id: string): Promise<LoadedAssessment> {
  const row = await db
    .selectFrom('excellence_assessments')
    .innerJoin('workflow_instances', 'workflow_instances.id', 'excellence_assessments.id')
    .select([
      'excellence_assessments.id',
      'excellence_assessments.cycle_id',
      'excellence_assessments.subject_id',
      'excellence_assessments.entity_id',
      'excellence_assessments.entity_type',
      'workflow_instances.state',
      'workflow_instances.version',
      'workflow_instances.snapshot',
    ])
    .where('excellence_assessments.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
  return {
    id: row.id,
    cycleId: row.cycle_id,
    subjectId: row.subject_id,
    entityId: row.entity_id,
    entityType: row.entity_type,
    state: row.state,
    version: row.version,
    context: (row.snapshot as { context: AssessmentContext }).context,
  };
}

/** The person as they stand to one assessment's entity: its coordinator or not (see `actorOf`). */
export function viewerOf(user: SessionUser, entityId: string): Viewer {
  const actor = actorOf(user, entityId);
  return { id: user.id, roles: actor.roles, entityId: actor.entityId };
}

export function accessOf(a: LoadedAssessment): AssessmentAccess {
  return {
    entityId: a.entityId,
    assessorIds: a.context.assessorIds,
    submittedAssessorIds: a.context.submittedAssessorIds,
    published: isPublishedState(a.state),
  };
}

export function isProgramme(user: SessionUser): boolean {
  return may(user, 'runExcellenceProgramme');
}

/**
 * Who may open an assessment at all: the programme; its own entity's coordinator; an
 * assessor on its team; leadership once published. Everyone else gets NOT_FOUND, so an
 * outsider cannot even learn that it exists.
 */
export function mayOpenAssessment(
  user: SessionUser,
  a: { entityId: string | null; state: string; context: Pick<AssessmentContext, 'assessorIds'> },
): boolean {
  if (isProgramme(user)) return true;
  if (hasRole(user, 'assessor') && a.context.assessorIds.includes(user.id)) return true;
  if (hasRole(user, 'leadership') && isPublishedState(a.state)) return true;
  return coordinatesEntity(user, a.entityId);
}

/** The assessment rule for the generic workflow API: `mayOpenAssessment`, nothing else. */
export const assessmentVisibility: InstanceVisibilityRule<AssessmentContext> = {
  kind: assessmentWorkflow.kind,
  mayRead: mayOpenAssessment,
  candidates(user) {
    if (isProgramme(user) || hasAnyRole(user, ['assessor', 'leadership'])) return 'all';
    return coordinatedEntities(user);
  },
};

export async function openAssessment(db: DB, user: SessionUser, id: string): Promise<LoadedAssessment> {
  const a = await loadAssessment(db, id);
  if (!mayOpenAssessment(user, a)) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
  return a;
}
