import { z } from 'zod';
import { roleProcedure, router } from '../trpc/init.ts';
import { leadershipDashboard, type LeadershipDashboard } from './leadership-dashboard.ts';
import { toCsv } from '../spreadsheets/csv-writer.ts';
import { presentScore } from '../../workflows/excellence/score-precision.ts';

const input = z.object({ cycleId: z.string().min(1).max(100).optional() }).default({});
const tables = ['stages', 'top', 'bottom', 'stars', 'tiers', 'overdue', 'gaps', 'underWay'] as const;

/** Each dashboard table as CSV rows; names in both languages so one file serves both readers. */
function tableCsv(d: LeadershipDashboard, table: (typeof tables)[number]): string {
  const name = (id: string) => d.names[id] ?? { ar: id, en: id };
  switch (table) {
    case 'stages':
      return toCsv(
        ['stage', 'count', 'share'],
        d.cycleProgress.stages.map((s) => [s.stage, s.count, presentScore(s.share * 100)]),
      );
    case 'top':
    case 'bottom':
      return toCsv(
        ['rank', 'id', 'name_ar', 'name_en', 'percent', 'stars'],
        (table === 'top' ? d.topEntities : d.bottomEntities).map((e) => [
          e.rank,
          e.id,
          name(e.id).ar,
          name(e.id).en,
          presentScore(e.score),
          e.stars,
        ]),
      );
    case 'stars':
      return toCsv(
        ['stars', 'count'],
        [...d.starDistribution.byStars.map((s) => [s.stars, s.count] as const), ['unrated', d.starDistribution.unrated]],
      );
    case 'tiers':
      return toCsv(
        ['tier', 'count'],
        d.tierDistribution.map((t) => [t.tier ?? 'none', t.count]),
      );
    case 'overdue':
      return toCsv(
        ['entity_id', 'name_ar', 'name_en', 'overdue_actions', 'oldest_due_at'],
        d.overdueByEntity.map((o) => [o.entityId, name(o.entityId).ar, name(o.entityId).en, o.count, o.oldestDueAt]),
      );
    case 'gaps':
      return toCsv(
        ['code', 'title', 'entity_id', 'name_ar', 'name_en', 'severity', 'age_days'],
        d.largestOpenGaps.map((g) => [g.code, g.title, g.entityId, name(g.entityId).ar, name(g.entityId).en, g.severity, g.ageDays]),
      );
    case 'underWay':
      return toCsv(
        ['kind', 'state', 'count'],
        d.underWay.map((u) => [u.kind, u.state, u.count]),
      );
  }
}

/** The leadership view: programme office and leadership only. */
export const dashboardRouter = router({
  summary: roleProcedure('leadership', 'programme_manager', 'administrator')
    .input(input)
    .query(({ ctx, input }) => leadershipDashboard(ctx.db, new Date(), { cycleId: input.cycleId })),

  csv: roleProcedure('leadership', 'programme_manager', 'administrator')
    .input(z.object({ cycleId: z.string().min(1).max(100).optional(), table: z.enum(tables) }))
    .query(async ({ ctx, input }) => {
      const d = await leadershipDashboard(ctx.db, new Date(), { cycleId: input.cycleId });
      return { filename: `dashboard-${input.table}.csv`, csv: tableCsv(d, input.table) };
    }),
});
