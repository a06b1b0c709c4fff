/** Why an assessor may not assess an entity; null when they may. */
export type AssessorConflict = 'own_entity' | 'service_partner' | null;

export interface AssessorConflictInput {
  /** The assessor's own entity; null for independent assessors. */
  assessorEntityId: string | null;
  assessedEntityId: string;
  /** Pairs of entities that deliver services together (either order). */
  servicePartners: readonly (readonly [string, string])[];
  independenceRequired: boolean;
}

/**
 * Conflict of interest: never one's own entity; when the framework demands independence,
 * not an entity one's own delivers services with either. A conflict refuses the assignment.
 */
export function assessorConflict(input: AssessorConflictInput): AssessorConflict {
  const own = input.assessorEntityId;
  if (own === null) return null;
  if (own === input.assessedEntityId) return 'own_entity';
  if (!input.independenceRequired) return null;
  const partners = input.servicePartners.some(
    ([a, b]) => (a === own && b === input.assessedEntityId) || (b === own && a === input.assessedEntityId),
  );
  return partners ? 'service_partner' : null;
}
