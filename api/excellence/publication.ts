import type { DB } from '../db/schema.ts';
import { allNodes } from '../../workflows/excellence/framework-nodes.ts';
import { cycleResults } from '../../workflows/excellence/cycle-results.ts';
import type { SubjectLeafScores } from '../../workflows/excellence/cycle-results.ts';
import type { Ranked } from '../../workflows/excellence/ranking.ts';
import { cycleFramework } from './cycle-framework.ts';
import { isPublishedState } from './assessment-access.ts';
import { compositeSourcesOf } from './composite-sources.ts';

/** Consensus percents per assessment: the scores a cycle publishes. */
export async function consensusLeafScores(db: DB, assessmentIds: readonly string[]): Promise<Map<string, Record<string, number | null>>> {
  const out = new Map<string, Record<string, number | null>>(assessmentIds.map((id) => [id, {}]));
  if (assessmentIds.length === 0) return out;
  const rows = await db
    .selectFrom('excellence_consensus')
    .select(['assessment_id', 'node_code', 'percent'])
    .where('assessment_id', 'in', [...assessmentIds])
    .execute();
  for (const r of rows) out.get(r.assessment_id)![r.node_code] = r.percent;
  return out;
}

/** The previous cycle of the same framework that published, ranked as it was published. */
export async function previousRanking(db: DB, frameworkCode: string, number: number): Promise<{ cycleId: string | null; ranked: Ranked[] }> {
  const prev = await db
    .selectFrom('excellence_cycles')
    .select('id')
    .where('framework_code', '=', frameworkCode)
    .where('number', '<', number)
    .where((eb) => eb.exists(eb.selectFrom('published_results').select('cycle_id').whereRef('published_results.cycle_id', '=', 'excellence_cycles.id')))
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!prev) return { cycleId: null, ranked: [] };
  const rows = await db.selectFrom('published_results').select(['subject_id', 'total_percent', 'rank']).where('cycle_id', '=', prev.id).execute();
  return { cycleId: prev.id, ranked: rows.map((r) => ({ id: r.subject_id, score: r.total_percent, rank: r.rank })) };
}

/**
 * (Re)writes the cycle's published results from the consensus scores of every assessment
 * that has reached publication, inside the caller's transaction. Re-run after an upheld
 * appeal so ranks stay consistent across the cycle.
 */
export async function publishCycleResults(db: DB, cycleId: string, at: Date): Promise<number> {
  const { cycle, framework } = await cycleFramework(db, cycleId);
  const assessments = await db
    .selectFrom('excellence_assessments')
    .innerJoin('workflow_instances', 'workflow_instances.id', 'excellence_assessments.id')
    .select(['excellence_assessments.id', 'excellence_assessments.subject_id', 'excellence_assessments.entity_id', 'excellence_assessments.entity_type', 'workflow_instances.state'])
    .where('excellence_assessments.cycle_id', '=', cycleId)
    .execute();
  const published = assessments.filter((a) => isPublishedState(a.state));
  const leafScores = await consensusLeafScores(db, published.map((a) => a.id));
  const sources = await compositeSourcesOf(db, cycleId);
  const subjects: SubjectLeafScores[] = published.map((a) => ({ id: a.subject_id, entityType: a.entity_type, leafPercents: leafScores.get(a.id) ?? {}, sources: sources.get(a.subject_id) ?? {} }));
  const previous = await previousRanking(db, cycle.framework_code, cycle.number);
  const { results } = cycleResults(framework, subjects, previous.ranked);
  const depth = new Map([...allNodes(framework.nodes)].map((e) => [e.node.code, e.ancestors.length]));
  const bySubject = new Map(published.map((a) => [a.subject_id, a]));

  await db.deleteFrom('published_node_scores').where('cycle_id', '=', cycleId).execute();
  await db.deleteFrom('published_results').where('cycle_id', '=', cycleId).execute();
  if (results.length === 0) return 0;
  await db
    .insertInto('published_results')
    .values(
      results.map((r) => ({
        cycle_id: cycleId,
        cycle_number: cycle.number,
        cycle_year: cycle.year,
        framework_code: cycle.framework_code,
        framework_version: cycle.framework_version,
        subject_kind: cycle.subject_kind,
        subject_id: r.id,
        entity_id: bySubject.get(r.id)!.entity_id,
        total_points: r.score.total,
        max_points: r.score.maxTotal,
        total_percent: r.score.percent ?? 0,
        maturity_code: r.maturity?.code ?? null,
        stars: r.classification?.tier?.stars ?? null,
        tier: r.classification?.tier?.code ?? null,
        rank: r.rank,
        previous_rank: r.change.previousRank,
        published_at: at,
      })),
    )
    .execute();
  const nodeRows = results.flatMap((r) =>
    Object.values(r.score.nodes).map((n) => ({
      cycle_id: cycleId,
      subject_id: r.id,
      node_code: n.code,
      pillar_code: n.pillar,
      depth: depth.get(n.code) ?? 0,
      percent: n.percent,
      points: n.points,
      max_points: n.maxPoints,
    })),
  );
  // Batches keep each statement under the parameter limit (8 columns x 1000 rows).
  for (let i = 0; i < nodeRows.length; i += 1000) {
    await db.insertInto('published_node_scores').values(nodeRows.slice(i, i + 1000)).execute();
  }
  return results.length;
}
