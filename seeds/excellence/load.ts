import type { DB } from '../../api/db/schema.ts';
import { loadExcellenceDemoCycles } from './demo.ts';
import { loadCentreDemoCycle } from './demo-centres.ts';

export { loadExcellenceFrameworks } from './frameworks.ts';

/** Demo cycles for `npm start` (idempotent: skipped once the excellence model has cycles). */
export async function loadExcellenceDemo(db: DB): Promise<void> {
  await loadExcellenceDemoCycles(db);
  await loadCentreDemoCycle(db);
}
