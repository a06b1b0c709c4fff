import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page.ts';
import { prefetchSummary } from './summary-query.ts';
import { loadBothLanguages } from '../../i18n/setup.ts';

/** Signed-in pages of the improvement area (gap register, plans, rankings, dashboard, inbox). */
export const improvementRoutes: RouteObject[] = [
  { path: 'gaps', lazy: lazyPage(() => import('../gaps/GapsPage.tsx'), 'GapsPage') },
  { path: 'gaps/:id', lazy: lazyPage(() => import('../gaps/GapPage.tsx'), 'GapPage') },
  { path: 'actions', lazy: lazyPage(() => import('../actions/ActionPlansPage.tsx'), 'ActionPlansPage') },
  { path: 'actions/plans/:id', lazy: lazyPage(() => import('../actions/PlanPage.tsx'), 'PlanPage') },
  { path: 'actions/:id', lazy: lazyPage(() => import('../actions/ActionPage.tsx'), 'ActionPage') },
  { path: 'rankings', lazy: lazyPage(() => import('../rankings/RankingsPage.tsx'), 'RankingsPage') },
  { path: 'dashboard', loader: prefetchSummary, lazy: lazyPage(() => import('./DashboardPage.tsx'), 'DashboardPage') },
  { path: 'dashboard/report', loader: loadBothLanguages, lazy: lazyPage(() => import('./ReportPage.tsx'), 'ReportPage') },
  { path: 'inbox', lazy: lazyPage(() => import('../inbox/InboxPage.tsx'), 'InboxPage') },
];

/** Open to everyone, no sign-in. */
export const publicImprovementRoutes: RouteObject[] = [
  { path: '/transparency', lazy: lazyPage(() => import('../transparency/TransparencyPage.tsx'), 'TransparencyPage') },
  { path: '/transparency/centres', lazy: lazyPage(() => import('../transparency/CentreIndicesPage.tsx'), 'CentreIndicesPage') },
];
