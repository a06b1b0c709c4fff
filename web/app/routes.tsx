import type { RouteObject } from 'react-router';
import { RequireSession } from './RequireSession.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { InstancesPage } from '../pages/InstancesPage.tsx';
import { InstancePage } from '../pages/InstancePage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { improvementRoutes, publicImprovementRoutes } from '../pages/dashboard/routes.tsx';
import { excellenceRoutes } from '../pages/excellence/routes.tsx';
import { JourneysPage } from '../pages/journeys/JourneysPage.tsx';
import { JourneyPage } from '../pages/journeys/JourneyPage.tsx';
import { ServicesPage } from '../pages/services/ServicesPage.tsx';
import { ImportPage } from '../pages/services/ImportPage.tsx';
import { WorkshopsPage } from '../pages/workshops/WorkshopsPage.tsx';
import { WorkshopPage } from '../pages/workshops/WorkshopPage.tsx';
import { WorkshopReportPage } from '../pages/workshops/WorkshopReportPage.tsx';
import { JoinPage } from '../pages/workshops/JoinPage.tsx';
import { BundlesPage } from '../pages/bundles/BundlesPage.tsx';
import { BundlePage } from '../pages/bundles/BundlePage.tsx';
import { SetPasswordPage } from '../pages/SetPasswordPage.tsx';
import { adminRoutes } from '../pages/admin/routes.tsx';
import { referenceAdminRoutes } from '../pages/admin/reference-routes.tsx';

/** Every page. Signed-in pages are children of RequireSession, which renders the shell. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  ...publicImprovementRoutes,
  { path: '/join/:code?', element: <JoinPage /> },
  { path: '/set-password', element: <SetPasswordPage /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'workflows', element: <InstancesPage /> },
      { path: 'workflows/:id', element: <InstancePage /> },
      ...improvementRoutes,
      { path: 'workshops', element: <WorkshopsPage /> },
      { path: 'workshops/:id', element: <WorkshopPage /> },
      { path: 'workshops/:id/report', element: <WorkshopReportPage /> },
      { path: 'bundles', element: <BundlesPage /> },
      { path: 'bundles/:id', element: <BundlePage /> },
      { path: 'journeys', element: <JourneysPage /> },
      { path: 'journeys/:id', element: <JourneyPage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'services/import', element: <ImportPage /> },
      ...excellenceRoutes,
      ...adminRoutes,
      ...referenceAdminRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
