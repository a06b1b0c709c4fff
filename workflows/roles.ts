/** The product's roles. Entity-bound roles act only within their own government entity. */
export const roles = [
  'administrator',
  'programme_manager',
  'assessor',
  'entity_coordinator',
  'facilitator',
  'participant',
  'leadership',
] as const;

export type Role = (typeof roles)[number];

export const entityBoundRoles: readonly Role[] = ['entity_coordinator', 'participant'];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
