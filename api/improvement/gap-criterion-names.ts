import type { DB } from '../db/schema.ts';
import { loadFramework } from '../excellence/framework-store.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';

export interface CriterionName {
  ar: string;
  en: string;
}

/**
 * Each gap's criterion name, from the framework of the cycle that raised it (the cycle's own
 * version, or the one its results were published with for imported history). Null when the gap
 * has no criterion, no cycle, or a code the framework does not hold: pages then show the code alone.
 */
export async function withCriterionNames<G extends { cycleId: string | null; criterionCode: string | null }>(
  db: DB,
  gaps: readonly G[],
): Promise<(G & { criterionName: CriterionName | null })[]> {
  const cycleIds = [...new Set(gaps.flatMap((g) => (g.cycleId && g.criterionCode ? [g.cycleId] : [])))];
  const frameworkOf = new Map<string, { code: string; version: number }>();
  if (cycleIds.length > 0) {
    const cycles = await db
      .selectFrom('excellence_cycles')
      .select(['id', 'framework_code', 'framework_version'])
      .where('id', 'in', cycleIds)
      .execute();
    for (const c of cycles) frameworkOf.set(c.id, { code: c.framework_code, version: c.framework_version });
    const rest = cycleIds.filter((id) => !frameworkOf.has(id));
    if (rest.length > 0) {
      const published = await db
        .selectFrom('published_results')
        .select(['cycle_id', 'framework_code', 'framework_version'])
        .distinct()
        .where('cycle_id', 'in', rest)
        .execute();
      for (const p of published) frameworkOf.set(p.cycle_id, { code: p.framework_code, version: p.framework_version });
    }
  }
  const frameworks = new Map<string, Awaited<ReturnType<typeof loadFramework>>['framework'] | null>();
  for (const { code, version } of frameworkOf.values()) {
    const key = `${code}@${version}`;
    if (frameworks.has(key)) continue;
    frameworks.set(
      key,
      await loadFramework(db, code, version).then(
        (f) => f.framework,
        () => null,
      ),
    );
  }
  return gaps.map((g) => {
    const fw = g.cycleId ? frameworkOf.get(g.cycleId) : undefined;
    const framework = fw ? frameworks.get(`${fw.code}@${fw.version}`) : null;
    const node = framework && g.criterionCode ? findNode(framework, g.criterionCode) : undefined;
    return { ...g, criterionName: node ? { ar: node.name.ar, en: node.name.en } : null };
  });
}
