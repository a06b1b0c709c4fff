import type { RouteObject } from 'react-router';
import { AdminPage } from './AdminPage.tsx';
import { PeoplePage } from './people/PeoplePage.tsx';
import { ApiTokensPage } from './ApiTokensPage.tsx';
import { OnboardingPage } from './OnboardingPage.tsx';

/** The administration area: its index and one route per section (a section adds its line here). */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', element: <AdminPage /> },
  { path: 'admin/people', element: <PeoplePage /> },
  { path: 'admin/api-tokens', element: <ApiTokensPage /> },
  { path: 'admin/onboarding', element: <OnboardingPage /> },
];
