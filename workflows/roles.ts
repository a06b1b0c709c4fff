/** The product's roles. Entity-bound roles act only within their own government entity. */
export const roles = [
  'administrator',
  'programme_manager',
  'assessor',
  'entity_coordinator',
  'facilitator',
  'participant',
  'leadership',
  // A centre supervisor and a quality ambassador see and answer for one entity's service centres.
  'centre_supervisor',
  'quality_ambassador',
  // Visits service centres unannounced for the mystery-shopper programme.
  'mystery_shopper',
] as const;

export type Role = (typeof roles)[number];

export const entityBoundRoles: readonly Role[] = ['entity_coordinator', 'participant', 'centre_supervisor', 'quality_ambassador'];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
