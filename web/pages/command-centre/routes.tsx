import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page.ts';

/** Signed-in pages of the service-centre command centre. */
export const commandCentreRoutes: RouteObject[] = [
  { path: 'command-centre', lazy: lazyPage(() => import('./CommandCentrePage.tsx'), 'CommandCentrePage') },
  { path: 'command-centre/centres/:code', lazy: lazyPage(() => import('./CentrePage.tsx'), 'CentrePage') },
  { path: 'command-centre/alerts/:id', lazy: lazyPage(() => import('./AlertPage.tsx'), 'AlertPage') },
  { path: 'command-centre/wallboard', lazy: lazyPage(() => import('./WallboardPage.tsx'), 'WallboardPage') },
  { path: 'command-centre/targets', lazy: lazyPage(() => import('./TargetsPage.tsx'), 'TargetsPage') },
];
