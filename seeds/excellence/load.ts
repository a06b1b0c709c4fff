import type { DB } from '../../api/db/schema.ts';

export { loadExcellenceFrameworks } from './frameworks.ts';

/** Filled in by the demo seed below. */
export async function loadExcellenceDemo(_db: DB): Promise<void> {}
