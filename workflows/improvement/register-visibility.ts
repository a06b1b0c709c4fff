import type { Role } from '../roles.ts';
import type { GapFilter } from './gap-query.ts';

/** Who is looking at the register or the plans. */
export interface Viewer {
  roles: readonly Role[];
  entityId: string | null;
  /** Every entity the viewer coordinates, when there may be more than one (else `entityId`'s). */
  entityIds?: readonly string[];
}

/** Roles that see every entity's gaps and plans (leadership only reads them). */
const programmeWideRoles: readonly Role[] = ['programme_manager', 'leadership', 'administrator'];

/**
 * The entities a viewer may see: 'all', or a list (an entity coordinator's own entity,
 * empty for anyone else). The SQL layer applies the same rule as a WHERE clause.
 */
export function visibleEntities(viewer: Viewer): 'all' | string[] {
  if (viewer.roles.some((r) => programmeWideRoles.includes(r))) return 'all';
  if (!viewer.roles.includes('entity_coordinator')) return [];
  if (viewer.entityIds) return [...viewer.entityIds];
  return viewer.entityId !== null ? [viewer.entityId] : [];
}

/**
 * Narrows a requested filter to what the viewer may see. Asking for another entity
 * yields nothing rather than an error, so a coordinator cannot tell whether it exists.
 */
export function scopeGapFilter(filter: GapFilter, viewer: Viewer): GapFilter {
  const visible = visibleEntities(viewer);
  if (visible === 'all') return filter;
  const entityIds = filter.entityIds ? filter.entityIds.filter((id) => visible.includes(id)) : visible;
  return { ...filter, entityIds };
}

/** Plans and actions follow the same rule as gaps. */
export function canSeeEntity(viewer: Viewer, entityId: string): boolean {
  const visible = visibleEntities(viewer);
  return visible === 'all' || visible.includes(entityId);
}
