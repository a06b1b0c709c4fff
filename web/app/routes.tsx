import type { RouteObject } from 'react-router';
import { RequireSession } from './RequireSession.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { InstancesPage } from '../pages/InstancesPage.tsx';
import { InstancePage } from '../pages/InstancePage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

/** Every page. Signed-in pages are children of RequireSession, which renders the shell. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'workflows', element: <InstancesPage /> },
      { path: 'workflows/:id', element: <InstancePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
