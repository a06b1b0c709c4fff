import type { DB } from '../db/schema.ts';
import { loadFramework } from '../excellence/framework-store.ts';
import type { FrameworkNode } from '../../workflows/excellence/framework-schema.ts';
import type { TierName } from './tier-names.ts';

/**
 * The names of every node of a published cycle's framework, by code (A1 → "Leadership"), so a
 * ranking says what a criterion is, not only its code. Empty when the cycle published nothing or
 * its framework version is not stored (imported history): pages then show the codes alone.
 */
export async function cycleCriterionNames(db: DB, cycleId: string): Promise<Record<string, TierName>> {
  const published = await db
    .selectFrom('published_results')
    .innerJoin('excellence_frameworks', (j) =>
      j
        .onRef('excellence_frameworks.code', '=', 'published_results.framework_code')
        .onRef('excellence_frameworks.version', '=', 'published_results.framework_version'),
    )
    .select(['published_results.framework_code', 'published_results.framework_version'])
    .where('published_results.cycle_id', '=', cycleId)
    .limit(1)
    .executeTakeFirst();
  if (!published) return {};
  const { framework } = await loadFramework(db, published.framework_code, published.framework_version);
  const names: Record<string, TierName> = {};
  const walk = (nodes: FrameworkNode[] | undefined): void => {
    for (const n of nodes ?? []) {
      names[n.code] = { ar: n.name.ar, en: n.name.en };
      walk(n.children);
    }
  };
  walk(framework.nodes);
  return names;
}
