import { z } from 'zod';
import { authedProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { searchTerms } from '../../workflows/search/search-fold.ts';
import { searchEverything } from './site-search.ts';

export const searchRouter = router({
  /** One search across entities, services, journeys, workshops, cycles, gaps and actions, within what the person may open. */
  everything: authedProcedure
    .input(z.object({ query: z.string().max(200), perKind: z.number().int().min(1).max(50).default(10) }))
    .query(async ({ ctx, input }) => {
      const terms = searchTerms(input.query);
      if (terms.join('').length < 2) throw new AppError('BAD_REQUEST', 'errors.search.too_short');
      return { terms, ...(await searchEverything(ctx.db, ctx.user, terms, input.perKind)) };
    }),
});
