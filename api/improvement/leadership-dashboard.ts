import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { summarizeForLeadership, type LeadershipSummary } from '../../workflows/improvement/leadership-summary.ts';
import type { GapSeverity, GapStatus } from '../../workflows/improvement/gap.ts';
import { assessmentMachine } from '../../workflows/excellence/assessment-machine.ts';
import { leaderboard, publishedCycles, type PublishedCycle } from '../results/published-cycles.ts';
import { overdueActions } from './overdue-actions.ts';
import { cycleTierNames, type TierName } from '../results/tier-names.ts';

/** The assessment's stages in the order the machine declares them. */
export const assessmentStages: readonly string[] = Object.keys(assessmentMachine.config.states ?? {});

export interface LeadershipDashboard extends LeadershipSummary {
  asOf: string;
  cycle: PublishedCycle | null;
  /** One row per tier key of the cycle's framework that subjects reached, named; `tier: null` for the unrated. */
  tierDistribution: { tier: string | null; name: TierName | null; count: number }[];
  /** Workshops and journeys whose workflow is still running, by kind and state. */
  underWay: { kind: string; state: string; count: number }[];
  /** Names of every entity or subject the page mentions. */
  names: Record<string, { ar: string; en: string }>;
}

/**
 * Everything on the leadership dashboard's first screen. The database filters and counts
 * (overdue open actions, the most severe open gaps, running instances); the pure
 * `summarizeForLeadership` decides what the figures are.
 */
export async function leadershipDashboard(
  db: DB,
  asOf: Date,
  options: { cycleId?: string; topN?: number; gapsN?: number } = {},
): Promise<LeadershipDashboard> {
  const topN = options.topN ?? 5;
  const gapsN = options.gapsN ?? 10;
  const cycles = await publishedCycles(db);
  const cycle = options.cycleId
    ? (cycles.find((c) => c.id === options.cycleId) ?? null)
    : ([...cycles].sort((a, b) => b.year - a.year || b.number - a.number)[0] ?? null);

  const [tierNames, ranking, tiers, assessments, overdue, gaps, running] = await Promise.all([
    cycle ? cycleTierNames(db, cycle.id) : Promise.resolve(new Map<string, TierName>()),
    cycle ? leaderboard(db, cycle.id) : Promise.resolve([]),
    cycle
      ? db
          .selectFrom('published_results')
          .select(['tier', sql<string>`count(*)`.as('n')])
          .where('cycle_id', '=', cycle.id)
          .groupBy('tier')
          .orderBy('tier')
          .execute()
      : Promise.resolve([]),
    db
      .selectFrom('workflow_instances')
      .select([sql<string>`split_part(split_part(state, '|', 1), '.', 1)`.as('stage'), sql<string>`count(*)`.as('n')])
      .where('kind', '=', 'excellence_assessment')
      // The chart is titled for the dashboard's cycle, so it counts that cycle's assessments only.
      .where(
        'id',
        'in',
        db
          .selectFrom('excellence_assessments')
          .select('id')
          .where('cycle_id', '=', cycle?.id ?? ''),
      )
      .groupBy(sql`1`)
      .execute(),
    db.selectFrom('actions').select(['id', 'entity_id', 'status', 'due_at']).where(overdueActions(asOf)).execute(),
    db
      .selectFrom('gaps')
      .select(['id', 'code', 'title', 'entity_id', 'severity', 'status', 'raised_at'])
      .where('status', 'in', ['open', 'in_progress'])
      .orderBy(sql`case severity when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`)
      .orderBy('raised_at')
      .orderBy('code')
      .limit(gapsN)
      .execute(),
    db
      .selectFrom('workflow_instances')
      .select(['kind', 'state', sql<string>`count(*)`.as('n')])
      .where((eb) => eb.or([eb('kind', 'like', '%workshop%'), eb('kind', 'like', '%journey%')]))
      .where(sql`snapshot->>'status'`, '=', 'active')
      .groupBy(['kind', 'state'])
      .orderBy('kind')
      .orderBy('state')
      .execute(),
  ]);

  // The pure summary counts one entry per assessment; the database already grouped them.
  const assessmentRows = assessments.flatMap((a) => Array.from({ length: Number(a.n) }, () => ({ entityId: '', stage: a.stage })));
  const runningCount = (pattern: string) => running.filter((r) => r.kind.includes(pattern)).reduce((s, r) => s + Number(r.n), 0);
  const summary = summarizeForLeadership({
    asOf: asOf.toISOString(),
    stages: assessmentStages,
    assessments: assessmentRows,
    ranking: ranking.map((r) => ({ id: r.subjectId, rank: r.rank, score: r.totalPercent, stars: r.stars })),
    actions: overdue.map((a) => ({ id: a.id, entityId: a.entity_id, status: a.status, dueAt: new Date(a.due_at).toISOString() })),
    gaps: gaps.map((g) => ({
      id: g.id,
      code: g.code,
      title: g.title,
      entityId: g.entity_id,
      severity: g.severity as GapSeverity,
      status: g.status as GapStatus,
      raisedAt: new Date(g.raised_at).toISOString(),
    })),
    workshops: Array.from({ length: runningCount('workshop') }, (_, i) => ({ id: String(i), underWay: true })),
    journeys: Array.from({ length: runningCount('journey') }, (_, i) => ({ id: String(i), underWay: true })),
    topN,
    gapsN,
  });

  const ids = new Set([
    ...summary.topEntities.map((e) => e.id),
    ...summary.bottomEntities.map((e) => e.id),
    ...summary.overdueByEntity.map((e) => e.entityId),
    ...summary.largestOpenGaps.map((g) => g.entityId),
  ]);
  const names: Record<string, { ar: string; en: string }> = {};
  if (ids.size > 0) {
    const list = [...ids];
    for (const n of await db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).where('id', 'in', list).execute())
      names[n.id] = { ar: n.name_ar, en: n.name_en };
    for (const n of await db.selectFrom('service_centres').select(['id', 'name_ar', 'name_en']).where('id', 'in', list).execute())
      names[n.id] = { ar: n.name_ar, en: n.name_en };
  }
  return {
    ...summary,
    asOf: asOf.toISOString(),
    cycle,
    tierDistribution: tiers.map((t) => ({
      tier: t.tier,
      name: t.tier === null ? null : (tierNames.get(t.tier) ?? null),
      count: Number(t.n),
    })),
    underWay: running.map((r) => ({ kind: r.kind, state: r.state, count: Number(r.n) })),
    names,
  };
}
