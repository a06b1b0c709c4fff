import type { DB } from '../db/schema.ts';
import { loadFramework } from '../excellence/framework-store.ts';

export type TierName = { ar: string; en: string };

/**
 * The names of a published cycle's tiers, by the one key the framework gives each tier
 * (`gold`, `4_stars`): displays show these, never the key. Empty when the cycle published
 * nothing or its framework version is not stored (imported history).
 */
export async function cycleTierNames(db: DB, cycleId: string): Promise<Map<string, TierName>> {
  const published = await db
    .selectFrom('published_results')
    .select(['framework_code', 'framework_version'])
    .where('cycle_id', '=', cycleId)
    .limit(1)
    .executeTakeFirst();
  if (!published) return new Map();
  const stored = await db
    .selectFrom('excellence_frameworks')
    .select('code')
    .where('code', '=', published.framework_code)
    .where('version', '=', published.framework_version)
    .executeTakeFirst();
  if (!stored) return new Map();
  const { framework } = await loadFramework(db, published.framework_code, published.framework_version);
  return new Map((framework.classification?.tiers ?? []).map((t) => [t.code, { ar: t.name.ar, en: t.name.en }]));
}
