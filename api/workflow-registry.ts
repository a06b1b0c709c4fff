import { WorkflowRegistry } from '../engine/workflow/registry.ts';

/** Every domain workflow the product runs, each at every version still in use. */
export function productRegistry(): WorkflowRegistry {
  const registry = new WorkflowRegistry();
  return registry;
}
