import type { ActionStatus } from './action-status.ts';
import { isOverdue } from './overdue.ts';
import type { Gap, GapSeverity } from './gap.ts';
import { isGapActive } from './gap.ts';
import { compareBySeverityThenAge } from './gap-query.ts';

/** An entity as the excellence ranking hands it over: ranks already computed, ties already shared. */
export interface RankedEntity {
  id: string;
  rank: number;
  score: number;
  /** Star rating 1..maxStars, null when not rated this cycle. */
  stars: number | null;
}

export interface LeadershipInput {
  /** The moment the dashboard is drawn; nothing here reads the clock. */
  asOf: string;
  /** The cycle's stages in order, and where each entity's assessment stands. */
  stages: readonly string[];
  assessments: readonly { entityId: string; stage: string }[];
  ranking: readonly RankedEntity[];
  actions: readonly { id: string; entityId: string; status: ActionStatus; dueAt: string }[];
  gaps: readonly Pick<Gap, 'id' | 'code' | 'title' | 'entityId' | 'severity' | 'status' | 'raisedAt'>[];
  workshops: readonly { id: string; underWay: boolean }[];
  journeys: readonly { id: string; underWay: boolean }[];
  /** How many entities to show at the top and the bottom, and how many gaps. */
  topN: number;
  gapsN: number;
  maxStars?: number;
}

export interface LeadershipSummary {
  cycleProgress: { stages: { stage: string; count: number; share: number }[]; total: number; unknownStage: number };
  topEntities: RankedEntity[];
  bottomEntities: RankedEntity[];
  starDistribution: { byStars: { stars: number; count: number }[]; unrated: number };
  overdueByEntity: { entityId: string; count: number; oldestDueAt: string }[];
  largestOpenGaps: { id: string; code: string; title: string; entityId: string; severity: GapSeverity; ageDays: number }[];
  workshopsUnderWay: number;
  journeysUnderWay: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function byRank(ranking: readonly RankedEntity[]): RankedEntity[] {
  // Stable sort: entities sharing a rank keep the order the ranking gave them.
  return [...ranking].sort((a, b) => a.rank - b.rank);
}

/**
 * The first `n` by rank, plus anyone tied with the n-th: cutting a tie would
 * rank two equal entities differently.
 */
function topWithTies(sorted: readonly RankedEntity[], n: number): RankedEntity[] {
  const cut = sorted[n - 1];
  if (n <= 0 || !cut) return n <= 0 ? [] : [...sorted];
  return sorted.filter((e) => e.rank <= cut.rank);
}

function bottomWithTies(sorted: readonly RankedEntity[], n: number, exclude: ReadonlySet<string>): RankedEntity[] {
  const rest = sorted.filter((e) => !exclude.has(e.id));
  const cut = rest[rest.length - n];
  if (n <= 0) return [];
  if (!cut) return rest;
  return rest.filter((e) => e.rank >= cut.rank);
}

export function summarizeForLeadership(input: LeadershipInput): LeadershipSummary {
  const asOf = Date.parse(input.asOf);
  const asOfDate = new Date(asOf);
  const maxStars = input.maxStars ?? 7;

  const stageCounts = new Map(input.stages.map((s) => [s, 0]));
  let unknownStage = 0;
  for (const a of input.assessments) {
    const count = stageCounts.get(a.stage);
    if (count === undefined) unknownStage++;
    else stageCounts.set(a.stage, count + 1);
  }
  const total = input.assessments.length;
  const stages = input.stages.map((stage) => {
    const count = stageCounts.get(stage) ?? 0;
    return { stage, count, share: total === 0 ? 0 : count / total };
  });

  const sorted = byRank(input.ranking);
  // A small field splits in halves, so "needing support" is never empty beside a full top list.
  const shown = Math.min(input.topN, Math.ceil(sorted.length / 2));
  const topEntities = topWithTies(sorted, shown);
  const bottomEntities = bottomWithTies(sorted, shown, new Set(topEntities.map((e) => e.id)));

  const byStars = Array.from({ length: maxStars }, (_, i) => ({ stars: i + 1, count: 0 }));
  let unrated = 0;
  for (const e of input.ranking) {
    const bucket = e.stars === null ? undefined : byStars[e.stars - 1];
    if (bucket) bucket.count++;
    else unrated++;
  }

  const overdue = new Map<string, { count: number; oldest: number; oldestDueAt: string }>();
  for (const a of input.actions) {
    if (!isOverdue(a, asOfDate)) continue;
    const due = Date.parse(a.dueAt);
    const o = overdue.get(a.entityId);
    if (!o) overdue.set(a.entityId, { count: 1, oldest: due, oldestDueAt: a.dueAt });
    else {
      o.count++;
      if (due < o.oldest) Object.assign(o, { oldest: due, oldestDueAt: a.dueAt });
    }
  }
  const overdueByEntity = [...overdue.entries()]
    .map(([entityId, o]) => ({ entityId, count: o.count, oldestDueAt: o.oldestDueAt }))
    .sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));

  const largestOpenGaps = input.gaps
    .filter(isGapActive)
    .sort(compareBySeverityThenAge)
    .slice(0, Math.max(0, input.gapsN))
    .map((g) => ({
      id: g.id,
      code: g.code,
      title: g.title,
      entityId: g.entityId,
      severity: g.severity,
      ageDays: Math.floor((asOf - Date.parse(g.raisedAt)) / DAY_MS),
    }));

  return {
    cycleProgress: { stages, total, unknownStage },
    topEntities,
    bottomEntities,
    starDistribution: { byStars, unrated },
    overdueByEntity,
    largestOpenGaps,
    workshopsUnderWay: input.workshops.filter((w) => w.underWay).length,
    journeysUnderWay: input.journeys.filter((j) => j.underWay).length,
  };
}
