import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { assessedScore, type AssessedScore } from '../../workflows/improvement/maturity-projection.ts';
import { cycleTierNames, type TierName } from './tier-names.ts';
import type { CycleRef, PublishedCriterionResult } from '../../workflows/improvement/maturity-views.ts';

export interface PublishedCycle extends CycleRef {
  year: number;
  frameworkCode: string;
  subjectKind: 'entity' | 'centre';
  subjects: number;
}

/**
 * Cycles that published results, oldest first. A cycle is closed when its cycle workflow
 * reached `closed`; results with no cycle workflow at all are imported history (a past
 * programme's published results), closed by definition.
 */
export async function publishedCycles(db: DB, frameworkCode?: string): Promise<PublishedCycle[]> {
  let q = db
    .selectFrom('published_results')
    .leftJoin('workflow_instances', 'workflow_instances.id', 'published_results.cycle_id')
    .select([
      'published_results.cycle_id',
      'published_results.cycle_number',
      'published_results.cycle_year',
      'published_results.framework_code',
      'published_results.subject_kind',
      'workflow_instances.state',
      sql<string>`count(*)`.as('subjects'),
    ])
    .groupBy([
      'published_results.cycle_id',
      'published_results.cycle_number',
      'published_results.cycle_year',
      'published_results.framework_code',
      'published_results.subject_kind',
      'workflow_instances.state',
    ])
    .orderBy('published_results.framework_code')
    .orderBy('published_results.cycle_number');
  if (frameworkCode) q = q.where('published_results.framework_code', '=', frameworkCode);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.cycle_id,
    number: r.cycle_number,
    year: r.cycle_year,
    frameworkCode: r.framework_code,
    subjectKind: r.subject_kind,
    closed: r.state === null || r.state === 'closed',
    subjects: Number(r.subjects),
  }));
}

/** The cycle `cycleId` belongs to and the one of the same framework before it, if any. */
export async function cycleAndPrevious(
  db: DB,
  cycleId: string,
): Promise<{ cycle: PublishedCycle; previous: PublishedCycle | null } | null> {
  const all = await publishedCycles(db);
  const cycle = all.find((c) => c.id === cycleId);
  if (!cycle) return null;
  const previous = all.filter((c) => c.frameworkCode === cycle.frameworkCode && c.number < cycle.number).at(-1) ?? null;
  return { cycle, previous };
}

/** Published criterion scores at one framework depth (1 = criteria under the pillars), as the pure views read them. */
export async function criterionResults(db: DB, cycleIds: string[], depth: number, subjectId?: string): Promise<PublishedCriterionResult[]> {
  if (cycleIds.length === 0) return [];
  let q = db
    .selectFrom('published_node_scores')
    .select(['cycle_id', 'subject_id', 'node_code', 'points', 'max_points'])
    .where('cycle_id', 'in', cycleIds)
    .where('depth', '=', depth);
  if (subjectId) q = q.where('subject_id', '=', subjectId);
  const rows = await q.execute();
  return rows.map((r) => ({
    entityId: r.subject_id,
    cycleId: r.cycle_id,
    criterionCode: r.node_code,
    maxPoints: r.max_points,
    assessed: assessedScore(r.points),
  }));
}

export interface LeaderboardRow {
  rank: number;
  subjectId: string;
  entityId: string;
  subjectKind: 'entity' | 'centre';
  totalPercent: number;
  totalPoints: AssessedScore;
  maxPoints: number;
  stars: number | null;
  tier: string | null;
  /** The tier's name in both languages, from the cycle's framework (null when unrated or unknown). */
  tierName: TierName | null;
  maturityCode: string | null;
  previousRank: number | null;
  /** Places gained since the previous cycle (positive = up), null if not ranked then. */
  change: number | null;
  /** A service centre's own name (entities are named by the entity list); null for an entity. */
  nameAr: string | null;
  nameEn: string | null;
}

/** The published ranking of one cycle, exactly as published: assessed scores only. */
export async function leaderboard(db: DB, cycleId: string): Promise<LeaderboardRow[]> {
  const rows = await db
    .selectFrom('published_results')
    .leftJoin('service_centres', (j) =>
      j.onRef('service_centres.id', '=', 'published_results.subject_id').on('published_results.subject_kind', '=', 'centre'),
    )
    .select([
      'published_results.rank',
      'published_results.subject_id',
      'published_results.entity_id',
      'published_results.subject_kind',
      'published_results.total_percent',
      'published_results.total_points',
      'published_results.max_points',
      'published_results.stars',
      'published_results.tier',
      'published_results.maturity_code',
      'published_results.previous_rank',
      'service_centres.name_ar',
      'service_centres.name_en',
    ])
    .where('published_results.cycle_id', '=', cycleId)
    .orderBy('published_results.rank')
    .orderBy('published_results.subject_id')
    .execute();
  const tierNames = await cycleTierNames(db, cycleId);
  return rows.map((r) => ({
    rank: r.rank,
    subjectId: r.subject_id,
    entityId: r.entity_id,
    subjectKind: r.subject_kind,
    totalPercent: r.total_percent,
    totalPoints: assessedScore(r.total_points),
    maxPoints: r.max_points,
    stars: r.stars,
    tier: r.tier,
    tierName: r.tier === null ? null : (tierNames.get(r.tier) ?? null),
    maturityCode: r.maturity_code,
    previousRank: r.previous_rank,
    change: r.previous_rank === null ? null : r.previous_rank - r.rank,
    nameAr: r.name_ar,
    nameEn: r.name_en,
  }));
}
