import { entityBoundRoles, type Role } from '../../workflows/roles.ts';

/**
 * One role a person holds. For an entity-bound role (coordinator, participant) the entity is the
 * one they act for; for any other role it is their home entity, if any, which only the
 * conflict-of-interest rules read.
 */
export interface Grant {
  role: Role;
  entityId: string | null;
}

/** Anyone whose permissions come from a set of grants: the signed-in user, a person being edited. */
export interface Grantee {
  grants: readonly Grant[];
}

export function hasRole(user: Grantee, role: Role): boolean {
  return user.grants.some((g) => g.role === role);
}

export function hasAnyRole(user: Grantee, roles: readonly Role[]): boolean {
  return user.grants.some((g) => roles.includes(g.role));
}

/** The distinct roles held, in the order granted. */
export function rolesOf(user: Grantee): Role[] {
  return [...new Set(user.grants.map((g) => g.role))];
}

export function isAdministrator(user: Grantee): boolean {
  return hasRole(user, 'administrator');
}

/** Holds `role` for `entityId` (entity-bound roles). */
export function holdsFor(user: Grantee, role: Role, entityId: string | null): boolean {
  return entityId !== null && user.grants.some((g) => g.role === role && g.entityId === entityId);
}

export function coordinatesEntity(user: Grantee, entityId: string | null): boolean {
  return holdsFor(user, 'entity_coordinator', entityId);
}

/** The entities the person coordinates. */
export function coordinatedEntities(user: Grantee): string[] {
  return entitiesFor(user, 'entity_coordinator');
}

export function entitiesFor(user: Grantee, role: Role): string[] {
  return [...new Set(user.grants.filter((g) => g.role === role && g.entityId !== null).map((g) => g.entityId as string))];
}

/** Only customers (participants): they work through their workshop's own pages and nothing else. */
export function isOnlyParticipant(user: Grantee): boolean {
  return user.grants.length > 0 && user.grants.every((g) => g.role === 'participant');
}

/**
 * Every entity any grant ties the person to: the entities they act for and their home entity.
 * An assessor may not assess any of them.
 */
export function affiliatedEntities(user: Grantee): string[] {
  return [...new Set(user.grants.flatMap((g) => (g.entityId === null ? [] : [g.entityId])))];
}

/** The entities of the person's entity-bound grants (the ones they act for). */
export function actingEntities(user: Grantee): string[] {
  return [...new Set(user.grants.filter((g) => entityBoundRoles.includes(g.role) && g.entityId !== null).map((g) => g.entityId as string))];
}
