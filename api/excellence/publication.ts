import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { cycleResults } from '../../workflows/excellence/cycle-results.ts';
import type { SubjectLeafScores } from '../../workflows/excellence/cycle-results.ts';
import type { Ranked } from '../../workflows/excellence/ranking.ts';
import { cycleFramework } from './cycle-framework.ts';
import { isPublishedState } from './assessment-access.ts';
import { compositeSourcesOf } from './recorded-sources.ts';
import { clearPublishedResults, publishedResultRows, writePublishedResults } from '../results/published-result-rows.ts';

/**
 * Consensus percents per assessment: the scores a cycle publishes. One JSON object per
 * assessment, built by the server: a thousand rows to decode instead of sixty thousand.
 */
export async function consensusLeafScores(db: DB, assessmentIds: readonly string[]): Promise<Map<string, Record<string, number | null>>> {
  const out = new Map<string, Record<string, number | null>>(assessmentIds.map((id) => [id, {}]));
  if (assessmentIds.length === 0) return out;
  const rows = await db
    .selectFrom('excellence_consensus')
    .select(['assessment_id', sql<Record<string, number | null>>`json_object_agg(node_code, percent)`.as('percents')])
    .where('assessment_id', 'in', [...assessmentIds])
    .groupBy('assessment_id')
    .execute();
  for (const r of rows) out.set(r.assessment_id, r.percents);
  return out;
}

/** The previous cycle of the same framework that published, ranked as it was published. */
export async function previousRanking(
  db: DB,
  frameworkCode: string,
  number: number,
): Promise<{ cycleId: string | null; ranked: Ranked[] }> {
  const prev = await db
    .selectFrom('excellence_cycles')
    .select('id')
    .where('framework_code', '=', frameworkCode)
    .where('number', '<', number)
    .where((eb) =>
      eb.exists(eb.selectFrom('published_results').select('cycle_id').whereRef('published_results.cycle_id', '=', 'excellence_cycles.id')),
    )
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!prev) return { cycleId: null, ranked: [] };
  const rows = await db
    .selectFrom('published_results')
    .select(['subject_id', 'total_percent', 'rank'])
    .where('cycle_id', '=', prev.id)
    .execute();
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
    .select([
      'excellence_assessments.id',
      'excellence_assessments.subject_id',
      'excellence_assessments.entity_id',
      'excellence_assessments.entity_type',
      'workflow_instances.state',
    ])
    .where('excellence_assessments.cycle_id', '=', cycleId)
    .execute();
  const published = assessments.filter((a) => isPublishedState(a.state));
  const leafScores = await consensusLeafScores(
    db,
    published.map((a) => a.id),
  );
  const sources = await compositeSourcesOf(db, cycleId);
  const subjects: SubjectLeafScores[] = published.map((a) => ({
    id: a.subject_id,
    entityType: a.entity_type,
    leafPercents: leafScores.get(a.id) ?? {},
    sources: sources.get(a.subject_id) ?? {},
  }));
  const previous = await previousRanking(db, cycle.framework_code, cycle.number);
  // The server removes the old rows while the new ones are computed here.
  const cleared = clearPublishedResults(db, cycleId);
  cleared.catch(() => undefined); // awaited in writePublishedResults, where a failure surfaces
  await setImmediate();
  const { results } = cycleResults(framework, subjects, previous.ranked);
  const bySubject = new Map(published.map((a) => [a.subject_id, a.entity_id]));
  const publication = {
    cycleId,
    number: cycle.number,
    year: cycle.year,
    frameworkCode: cycle.framework_code,
    frameworkVersion: cycle.framework_version,
    subjectKind: cycle.subject_kind,
    publishedAt: at,
  };
  await writePublishedResults(
    db,
    cycleId,
    publishedResultRows(publication, framework, results, (subjectId) => bySubject.get(subjectId)!),
    cleared,
  );
  return results.length;
}
