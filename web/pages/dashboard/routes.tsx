import type { RouteObject } from 'react-router';
import { GapsPage } from '../gaps/GapsPage.tsx';
import { GapPage } from '../gaps/GapPage.tsx';
import { ActionPlansPage } from '../actions/ActionPlansPage.tsx';
import { PlanPage } from '../actions/PlanPage.tsx';
import { ActionPage } from '../actions/ActionPage.tsx';
import { RankingsPage } from '../rankings/RankingsPage.tsx';
import { DashboardPage } from './DashboardPage.tsx';
import { ReportPage } from './ReportPage.tsx';
import { InboxPage } from '../inbox/InboxPage.tsx';
import { TransparencyPage } from '../transparency/TransparencyPage.tsx';

/** Signed-in pages of the improvement area (gap register, plans, rankings, dashboard, inbox). */
export const improvementRoutes: RouteObject[] = [
  { path: 'gaps', element: <GapsPage /> },
  { path: 'gaps/:id', element: <GapPage /> },
  { path: 'actions', element: <ActionPlansPage /> },
  { path: 'actions/plans/:id', element: <PlanPage /> },
  { path: 'actions/:id', element: <ActionPage /> },
  { path: 'rankings', element: <RankingsPage /> },
  { path: 'dashboard', element: <DashboardPage /> },
  { path: 'dashboard/report', element: <ReportPage /> },
  { path: 'inbox', element: <InboxPage /> },
];

/** Open to everyone, no sign-in. */
export const publicImprovementRoutes: RouteObject[] = [{ path: '/transparency', element: <TransparencyPage /> }];
