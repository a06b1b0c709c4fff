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

/**
 * The whole API, grouped as the product's features. The keys are the procedure paths the
 * web calls (`trpc.gaps.list`...), so they stay as they are; the grouping is the reading order.
 */
export const appRouter = router({
  // Signing in, the entities everyone picks from, the inbox.
  auth: authRouter,
  entities: entitiesRouter,
  notifications: notificationsRouter,
  // Excellence assessment cycles: frameworks, cycles, assessments, scoring, results.
  excellence: excellenceRouter,
  // Life-event service bundles and their live co-design workshops.
  bundles: bundlesRouter,
  workshops: workshopsRouter,
  // Customer-journey re-engineering: the service catalogue, CX signal imports, journeys.
  services: servicesRouter,
  cx: cxRouter,
  journeys: journeysRouter,
  // Improvement: one gap register, action plans, the leadership dashboard.
  gaps: gapsRouter,
  actions: actionsRouter,
  dashboard: dashboardRouter,
  // Published results: rankings and maturity, and the public transparency page.
  rankings: rankingsRouter,
  transparency: transparencyRouter,
  // Any workflow instance: timeline, audit trail, live updates.
  workflows: workflowsRouter,
});

export type AppRouter = typeof appRouter;
