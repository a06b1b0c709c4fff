import { router } from './trpc/init.ts';
import { authRouter } from './accounts/router.ts';
import { entitiesRouter } from './entities/router.ts';
import { workflowsRouter } from './workflows/router.ts';
import { workshopsRouter } from './workshops/router.ts';
import { bundlesRouter } from './bundles/router.ts';
import { excellenceRouter } from './excellence/router.ts';
import { journeysRouter } from './journeys/router.ts';
import { servicesRouter } from './journeys/services-router.ts';
import { cxRouter } from './cx/router.ts';
import { gapsRouter } from './improvement/gaps-router.ts';
import { actionsRouter } from './improvement/actions-router.ts';
import { notificationsRouter } from './notifications/router.ts';
import { dashboardRouter } from './improvement/dashboard-router.ts';
import { rankingsRouter } from './results/rankings-router.ts';
import { transparencyRouter } from './results/transparency-router.ts';
import { exportsRouter } from './exports/exports-router.ts';
import { onboardingRouter } from './onboarding/router.ts';
import { peopleRouter } from './people/router.ts';
import { adminChangesRouter } from './admin/changes-router.ts';
import { tokensRouter } from './api-tokens/router.ts';
import { participationRouter } from './participation/router.ts';
import { mysteryShopperRouter } from './mystery-shopper/router.ts';
import { searchRouter } from './search/router.ts';
import { bulkRouter } from './improvement/bulk-router.ts';
import { commandCentreRouter } from './command-centre/router.ts';

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
  // Leadership briefs: those three as PowerPoint decks, made on the server.
  exports: exportsRouter,
  // E-participation: public consultations, polls and surveys, and the staff side that runs them.
  participation: participationRouter,
  // Administration: bulk onboarding of an organisation's lists.
  onboarding: onboardingRouter,
  // API tokens for entity systems that push data and read their own gaps and actions (/api/v1).
  tokens: tokensRouter,
  // The service-centre command centre: live board, targets and alerts, ticket-event import.
  commandCentre: commandCentreRouter,
  // Any workflow instance: timeline, audit trail, live updates.
  workflows: workflowsRouter,
  // Administration: people and their grants.
  people: peopleRouter,
  // The administration trail: who changed which record, when, before and after.
  adminChanges: adminChangesRouter,
  // The mystery-shopper programme: shopper pool, scenarios, planned periods, visits, results.
  mysteryShopper: mysteryShopperRouter,
  // One search across everything the person may open.
  search: searchRouter,
  // Changes and exports over a selection of gaps or actions, item by item.
  bulk: bulkRouter,
});

export type AppRouter = typeof appRouter;
