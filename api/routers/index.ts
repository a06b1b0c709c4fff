import { router } from '../trpc/init.ts';
import { authRouter } from './auth.ts';
import { entitiesRouter } from './entities.ts';
import { workflowsRouter } from './workflows.ts';
import { workshopsRouter } from './workshops.ts';
import { bundlesRouter } from './bundles.ts';
import { excellenceRouter } from './excellence.ts';
import { journeysRouter } from './journeys.ts';
import { servicesRouter } from './services.ts';
import { cxRouter } from './cx.ts';
import { gapsRouter } from './gaps.ts';
import { actionsRouter } from './actions.ts';
import { notificationsRouter } from './notifications.ts';
import { dashboardRouter } from './dashboard.ts';
import { rankingsRouter } from './rankings.ts';
import { transparencyRouter } from './transparency.ts';

/** The whole API, one router per domain. */
export const appRouter = router({
  auth: authRouter,
  entities: entitiesRouter,
  workflows: workflowsRouter,
  workshops: workshopsRouter,
  bundles: bundlesRouter,
  excellence: excellenceRouter,
  journeys: journeysRouter,
  services: servicesRouter,
  cx: cxRouter,
  gaps: gapsRouter,
  actions: actionsRouter,
  notifications: notificationsRouter,
  dashboard: dashboardRouter,
  rankings: rankingsRouter,
  transparency: transparencyRouter,
});

export type AppRouter = typeof appRouter;
