/**
 * Who may read what of an assessment. The API applies these on every read so blind
 * scoring holds even for a client that asks directly.
 */

export interface Viewer {
  id: string;
  roles: readonly string[];
  entityId: string | null;
}

export interface AssessmentAccess {
  entityId: string;
  assessorIds: readonly string[];
  submittedAssessorIds: readonly string[];
  /** True from publication on (published, feedback, improvement planning, closed). */
  published: boolean;
}

const programmeRoles = ['programme_manager', 'administrator'];

function isProgramme(viewer: Viewer): boolean {
  return viewer.roles.some((r) => programmeRoles.includes(r));
}

/**
 * Another assessor's individual scores: the programme always; a team assessor only after
 * submitting their own; nobody else, ever (entities see consensus results, not who scored what).
 */
export function mayViewIndividualScores(viewer: Viewer, access: AssessmentAccess, assessorId: string): boolean {
  if (isProgramme(viewer)) return true;
  if (!viewer.roles.includes('assessor') || !access.assessorIds.includes(viewer.id)) return false;
  if (viewer.id === assessorId) return true;
  return access.submittedAssessorIds.includes(viewer.id);
}

/** Scores, maturity, classification and rank: the programme always; the entity and leadership once published. */
export function mayViewResults(viewer: Viewer, access: AssessmentAccess): boolean {
  if (isProgramme(viewer)) return true;
  if (!access.published) return false;
  if (viewer.roles.includes('leadership')) return true;
  return viewer.entityId !== null && viewer.entityId === access.entityId;
}
