import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page.ts';

/** Signed-in pages of the mystery-shopper programme. */
export const mysteryShopperRoutes: RouteObject[] = [
  { path: 'mystery-shopper', lazy: lazyPage(() => import('./ProgrammePage.tsx'), 'ProgrammePage') },
  { path: 'mystery-shopper/shoppers', lazy: lazyPage(() => import('./setup/ShoppersPage.tsx'), 'ShoppersPage') },
  { path: 'mystery-shopper/scenarios', lazy: lazyPage(() => import('./setup/ScenariosPage.tsx'), 'ScenariosPage') },
  { path: 'mystery-shopper/periods', lazy: lazyPage(() => import('./setup/PeriodsPage.tsx'), 'PeriodsPage') },
  { path: 'mystery-shopper/periods/:id', lazy: lazyPage(() => import('./setup/PeriodPage.tsx'), 'PeriodPage') },
  { path: 'mystery-shopper/visits/:id', lazy: lazyPage(() => import('./VisitPage.tsx'), 'VisitPage') },
];

/** Open to everyone, no sign-in: an entity's annual report. */
export const publicMysteryShopperRoutes: RouteObject[] = [
  { path: '/mystery-shopper/report/:entityId/:year', lazy: lazyPage(() => import('./AnnualReportPage.tsx'), 'AnnualReportPage') },
];
