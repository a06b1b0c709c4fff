import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { reviewWorkflow } from '../../tests/engine/fixtures/review-workflow.ts';
import { reviewVisibility } from '../../tests/engine/fixtures/review-visibility.ts';

/** The review machine, startable and incrementable by the seeded coordinators. */
export const benchRegistry = () =>
  new WorkflowRegistry().register(reviewWorkflow(1, { editor: ['entity_coordinator'], reviewer: ['programme_manager'] }));
export const benchVisibility = () => reviewVisibility();

// The seeded demo coordinator of ent-moi, who may start review instances and send INCREMENT.
export const coordinator: Actor = { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' };
export const coordinatorLogin = { username: 'coord.moi', password: 'coord-demo-2026' };
