import type { EventPermission } from '../engine/workflow/definition.ts';

/** The programme manager, across all entities. */
export const byProgrammeManager = { roles: ['programme_manager'], scope: 'any' } as const satisfies EventPermission;

/** An entity coordinator, on their own entity's instances only. */
export const byOwnCoordinator = { roles: ['entity_coordinator'], scope: 'entity' } as const satisfies EventPermission;
