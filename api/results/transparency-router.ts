import { z } from 'zod';
import { publicProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { maturityHeatMap, publicResults } from '../../workflows/improvement/maturity-views.ts';
import { criterionResults, leaderboard, publishedCycles } from './published-cycles.ts';

/** The public page, no sign-in: published results of closed cycles and nothing else. */
export const transparencyRouter = router({
  cycles: publicProcedure.query(async ({ ctx }) => (await publishedCycles(ctx.db)).filter((c) => c.closed)),

  results: publicProcedure.input(z.object({ cycleId: z.string().min(1).max(100) })).query(async ({ ctx, input }) => {
    const cycles = await publishedCycles(ctx.db);
    const cycle = cycles.find((c) => c.id === input.cycleId && c.closed);
    // An open cycle reads as unknown, not as "not yet".
    if (!cycle) throw new AppError('NOT_FOUND', 'errors.improvement.cycleNotFound');
    const rows = (await leaderboard(ctx.db, cycle.id)).map((r) => ({
      rank: r.rank,
      subjectId: r.subjectId,
      entityId: r.entityId,
      totalPercent: r.totalPercent,
      stars: r.stars,
      tier: r.tier,
      tierName: r.tierName,
      change: r.change,
    }));
    const criteria = publicResults(await criterionResults(ctx.db, [cycle.id], 1), cycles);
    const names = await ctx.db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).execute();
    const centres = await ctx.db.selectFrom('service_centres').select(['id', 'name_ar', 'name_en']).execute();
    const nameOf = new Map([...names, ...centres].map((n) => [n.id, { ar: n.name_ar, en: n.name_en }]));
    return {
      cycle,
      rows: rows.map((r) => ({ ...r, name: nameOf.get(r.subjectId) ?? { ar: r.subjectId, en: r.subjectId } })),
      heatMap: maturityHeatMap(
        criteria,
        cycle.id,
        rows.map((r) => r.subjectId),
      ),
    };
  }),
});
