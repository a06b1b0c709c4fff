import { createHash } from 'node:crypto';
import type { DB } from '../../api/db/schema.ts';
import { framework as frameworkSchema } from '../../workflows/excellence/framework-schema.ts';
import { allNodes, isLeaf } from '../../workflows/excellence/framework-nodes.ts';
import { publishedResultRows, writePublishedResults } from '../../api/results/published-result-rows.ts';
import { cycleResults } from '../../workflows/excellence/cycle-results.ts';
import type { Ranked } from '../../workflows/excellence/ranking.ts';
import { governmentExcellenceModel } from '../frameworks/government-excellence-model.ts';
import { entityId, entitySeeds } from '../entities.ts';

/** Two past cycles of the excellence model, so rankings, maps and the dashboard have history. */
export const demoCycles = [
  { id: 'demo-cycle-2024', number: 1, year: 2024, publishedAt: '2024-11-30T09:00:00Z' },
  { id: 'demo-cycle-2025', number: 2, year: 2025, publishedAt: '2025-11-30T09:00:00Z' },
] as const;

/** A stable 0..1 number per key, so every run seeds the same scores. */
function unit(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 0xffffffff;
}

/** Leaf percents in steps of 5: an entity's level plus a per-leaf spread, a little better in the second cycle. */
function leafPercent(entityCode: string, leaf: string, cycleNumber: number): number {
  const level = 35 + 45 * unit(`level:${entityCode}`);
  const spread = (unit(`leaf:${entityCode}:${leaf}`) - 0.5) * 30;
  const gain = cycleNumber === 1 ? 0 : (unit(`gain:${entityCode}`) - 0.3) * 15;
  return Math.max(0, Math.min(100, Math.round((level + spread + gain) / 5) * 5));
}

/**
 * Publishes the demo cycles through the excellence domain's own pure pipeline (weighted
 * totals, maturity, medals, ranking and change), written like a real publication. Left
 * alone when the cycle already has results: idempotent.
 */
export async function loadDemoResults(db: DB): Promise<void> {
  const fw = frameworkSchema.parse(governmentExcellenceModel);
  const leaves = [...allNodes(fw.nodes)].map((e) => e.node).filter(isLeaf);
  let previous: Ranked[] = [];
  for (const cycle of demoCycles) {
    const existing = await db.selectFrom('published_results').select('subject_id').where('cycle_id', '=', cycle.id).limit(1).execute();
    const subjects = entitySeeds.map((e) => ({
      id: entityId(e.code),
      entityType: e.deliversServices ? 'service_entity' : 'policy_entity',
      leafPercents: Object.fromEntries(leaves.map((l) => [l.code, leafPercent(e.code, l.code, cycle.number)])),
    }));
    const { results } = cycleResults(fw, subjects, previous);
    previous = results.map((r) => ({ id: r.id, score: r.score.percent ?? 0, rank: r.rank }));
    if (existing.length > 0) continue;
    const publication = {
      cycleId: cycle.id,
      number: cycle.number,
      year: cycle.year,
      frameworkCode: fw.code,
      frameworkVersion: 1,
      subjectKind: 'entity' as const,
      publishedAt: new Date(cycle.publishedAt),
    };
    // An entity is its own subject.
    await db.transaction().execute((trx) =>
      writePublishedResults(
        trx,
        cycle.id,
        publishedResultRows(publication, fw, results, (subjectId) => subjectId),
      ),
    );
  }
}
