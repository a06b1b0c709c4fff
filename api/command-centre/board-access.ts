import { entitiesFor, hasAnyRole, type Grantee } from '../access/grants.ts';
import { AppError } from '../trpc/app-error.ts';

/** Who watches every entity's centres: the programme and the decision makers. */
const programmeWide = ['programme_manager', 'administrator', 'leadership'] as const;

/**
 * The entities whose centres a person may watch: every one (null) for the programme and
 * leadership; their own for a centre supervisor or quality ambassador; none for anyone else.
 */
export function watchedEntities(user: Grantee): string[] | null {
  if (hasAnyRole(user, programmeWide)) return null;
  return [...new Set([...entitiesFor(user, 'centre_supervisor'), ...entitiesFor(user, 'quality_ambassador')])];
}

/** Refuses, as if absent, an entity the person may not watch. */
export function assertWatches(user: Grantee, entityId: string): void {
  const watched = watchedEntities(user);
  if (watched !== null && !watched.includes(entityId)) throw new AppError('NOT_FOUND', 'errors.commandCentre.centreNotFound');
}

/** The scope of a request: the asked entity (checked) or everything the person may watch. */
export function scopeOf(user: Grantee, entityId: string | undefined): string[] | null {
  if (entityId !== undefined) {
    assertWatches(user, entityId);
    return [entityId];
  }
  return watchedEntities(user);
}

export function mayWatchAnything(user: Grantee): boolean {
  const watched = watchedEntities(user);
  return watched === null || watched.length > 0;
}
