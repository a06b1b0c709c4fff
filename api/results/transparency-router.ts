import { z } from 'zod';
import { publicProcedure, router } from '../trpc/init.ts';
import { publishedCycles } from './published-cycles.ts';
import { publicCycleResults } from './public-results.ts';

/** The public page, no sign-in: published results of closed cycles and nothing else. */
export const transparencyRouter = router({
  cycles: publicProcedure.query(async ({ ctx }) => (await publishedCycles(ctx.db)).filter((c) => c.closed)),

  results: publicProcedure
    .input(z.object({ cycleId: z.string().min(1).max(100) }))
    .query(({ ctx, input }) => publicCycleResults(ctx.db, input.cycleId)),
});
