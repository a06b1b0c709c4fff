import type { RouteObject } from 'react-router';
import { RequireSession } from './RequireSession.tsx';
import { lazyPage } from './lazy-page.ts';
import { prefetchSession } from './session.ts';
import { improvementRoutes, publicImprovementRoutes } from '../pages/dashboard/routes.tsx';
import { excellenceRoutes } from '../pages/excellence/routes.tsx';
import { adminRoutes } from '../pages/admin/routes.tsx';
import { participationRoutes, publicParticipationRoutes } from '../pages/participation/routes.tsx';
import { mysteryShopperRoutes, publicMysteryShopperRoutes } from '../pages/mystery-shopper/routes.tsx';
import { commandCentreRoutes } from '../pages/command-centre/routes.tsx';

/** Every page. Signed-in pages are children of RequireSession, which renders the shell. */
export const routes: RouteObject[] = [
  { path: '/login', lazy: lazyPage(() => import('../pages/LoginPage.tsx'), 'LoginPage', 'first') },
  ...publicImprovementRoutes,
  ...publicParticipationRoutes,
  ...publicMysteryShopperRoutes,
  { path: '/join/:code?', lazy: lazyPage(() => import('../pages/workshops/JoinPage.tsx'), 'JoinPage') },
  { path: '/set-password', lazy: lazyPage(() => import('../pages/SetPasswordPage.tsx'), 'SetPasswordPage') },
  {
    element: <RequireSession />,
    loader: prefetchSession,
    children: [
      { index: true, lazy: lazyPage(() => import('../pages/HomePage.tsx'), 'HomePage', 'first') },
      { path: 'workflows', lazy: lazyPage(() => import('../pages/InstancesPage.tsx'), 'InstancesPage') },
      { path: 'workflows/:id', lazy: lazyPage(() => import('../pages/InstancePage.tsx'), 'InstancePage') },
      ...improvementRoutes,
      { path: 'workshops', lazy: lazyPage(() => import('../pages/workshops/WorkshopsPage.tsx'), 'WorkshopsPage') },
      { path: 'workshops/:id', lazy: lazyPage(() => import('../pages/workshops/WorkshopPage.tsx'), 'WorkshopPage') },
      { path: 'workshops/:id/present', lazy: lazyPage(() => import('../pages/workshops/PresenterPage.tsx'), 'PresenterPage') },
      { path: 'workshops/:id/report', lazy: lazyPage(() => import('../pages/workshops/WorkshopReportPage.tsx'), 'WorkshopReportPage') },
      { path: 'bundles', lazy: lazyPage(() => import('../pages/bundles/BundlesPage.tsx'), 'BundlesPage') },
      { path: 'bundles/:id', lazy: lazyPage(() => import('../pages/bundles/BundlePage.tsx'), 'BundlePage') },
      { path: 'journeys', lazy: lazyPage(() => import('../pages/journeys/JourneysPage.tsx'), 'JourneysPage') },
      { path: 'journeys/:id', lazy: lazyPage(() => import('../pages/journeys/JourneyPage.tsx'), 'JourneyPage') },
      { path: 'journeys/:id/trace', lazy: lazyPage(() => import('../pages/journeys/TracePage.tsx'), 'TracePage') },
      { path: 'services', lazy: lazyPage(() => import('../pages/services/ServicesPage.tsx'), 'ServicesPage') },
      { path: 'services/import', lazy: lazyPage(() => import('../pages/services/ImportPage.tsx'), 'ImportPage') },
      { path: 'search', lazy: lazyPage(() => import('../pages/search/SearchPage.tsx'), 'SearchPage') },
      ...excellenceRoutes,
      ...adminRoutes,
      ...participationRoutes,
      ...mysteryShopperRoutes,
      ...commandCentreRoutes,
      { path: '*', lazy: lazyPage(() => import('../pages/NotFoundPage.tsx'), 'NotFoundPage') },
    ],
  },
];
