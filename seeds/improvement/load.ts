import type { DB } from '../../api/db/schema.ts';
import { loadDemoPlans } from './demo-plans.ts';
import { loadDemoResults } from './demo-results.ts';

/**
 * The improvement demo: published results of two closed demo cycles (only when no other
 * domain has published any, so a real excellence demo is never mixed with this one) and
 * worked action plans for the three demo coordinators' entities.
 */
export async function loadImprovementDemo(db: DB): Promise<void> {
  const other = await db
    .selectFrom('published_results')
    .select('cycle_id')
    .where('cycle_id', 'not like', 'demo-cycle-%')
    .limit(1)
    .executeTakeFirst();
  if (!other) await loadDemoResults(db);
  await loadDemoPlans(db);
}
