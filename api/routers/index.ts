import { router } from '../trpc/init.ts';
import { authRouter } from './auth.ts';
import { entitiesRouter } from './entities.ts';
import { workflowsRouter } from './workflows.ts';

/** The whole API, one router per domain. */
export const appRouter = router({
  auth: authRouter,
  entities: entitiesRouter,
  workflows: workflowsRouter,
});

export type AppRouter = typeof appRouter;
