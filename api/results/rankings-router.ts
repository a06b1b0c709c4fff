import { z } from 'zod';
import { authedProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { maturityHeatMap, maturityRadar, maturityTrend } from '../../workflows/improvement/maturity-views.ts';
import { assertCanSee } from '../improvement/register-access.ts';
import { entityMaturity } from '../improvement/maturity-store.ts';
import { criterionResults, cycleAndPrevious, leaderboard, publishedCycles } from './published-cycles.ts';
import { cycleCriterionNames } from './criterion-names.ts';

const id = z.string().min(1).max(100);

async function knownCycle(db: Parameters<typeof cycleAndPrevious>[0], cycleId: string) {
  const found = await cycleAndPrevious(db, cycleId);
  if (!found) throw new AppError('NOT_FOUND', 'errors.improvement.cycleNotFound');
  return found;
}

/**
 * Published results for signed-in users: rankings and maps show assessed scores only;
 * the projected score has its own procedure and the same entity rule as plans.
 */
export const rankingsRouter = router({
  cycles: authedProcedure
    .input(z.object({ frameworkCode: z.string().max(100).optional() }).default({}))
    .query(({ ctx, input }) => publishedCycles(ctx.db, input.frameworkCode)),

  leaderboard: authedProcedure.input(z.object({ cycleId: id })).query(async ({ ctx, input }) => {
    const { cycle, previous } = await knownCycle(ctx.db, input.cycleId);
    return { cycle, previousCycleId: previous?.id ?? null, rows: await leaderboard(ctx.db, input.cycleId) };
  }),

  heatMap: authedProcedure.input(z.object({ cycleId: id })).query(async ({ ctx, input }) => {
    await knownCycle(ctx.db, input.cycleId);
    const order = (await leaderboard(ctx.db, input.cycleId)).map((r) => r.subjectId);
    const map = maturityHeatMap(await criterionResults(ctx.db, [input.cycleId], 1), input.cycleId, order);
    // The criteria's names travel with the map: the page names criteria where a name fits.
    return { ...map, criterionNames: await cycleCriterionNames(ctx.db, input.cycleId) };
  }),

  radar: authedProcedure.input(z.object({ cycleId: id, subjectId: id })).query(async ({ ctx, input }) => {
    await knownCycle(ctx.db, input.cycleId);
    return maturityRadar(await criterionResults(ctx.db, [input.cycleId], 1, input.subjectId), input.cycleId, input.subjectId);
  }),

  trend: authedProcedure.input(z.object({ frameworkCode: z.string().min(1).max(100), subjectId: id })).query(async ({ ctx, input }) => {
    const cycles = await publishedCycles(ctx.db, input.frameworkCode);
    // Every published cycle counts for signed-in users; the public page narrows to closed ones.
    const refs = cycles.map((c) => ({ ...c, closed: true }));
    return maturityTrend(
      await criterionResults(
        ctx.db,
        cycles.map((c) => c.id),
        0,
        input.subjectId,
      ),
      refs,
      input.subjectId,
    );
  }),

  /** Assessed and projected side by side, never mixed; coordinators only for their own entity. */
  maturity: authedProcedure.input(z.object({ cycleId: id, subjectId: id })).query(async ({ ctx, input }) => {
    await knownCycle(ctx.db, input.cycleId);
    const row = await ctx.db
      .selectFrom('published_results')
      .select('entity_id')
      .where('cycle_id', '=', input.cycleId)
      .where('subject_id', '=', input.subjectId)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
    assertCanSee(ctx.user, row.entity_id);
    const m = await entityMaturity(ctx.db, input.cycleId, input.subjectId, row.entity_id);
    if (!m) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
    return m;
  }),
});
