import type { RouteObject } from 'react-router';
import { AdminPage } from './AdminPage.tsx';
import { PeoplePage } from './people/PeoplePage.tsx';

/** The administration area: its index and one route per section (a section adds its line here). */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', element: <AdminPage /> },
  { path: 'admin/people', element: <PeoplePage /> },
];
