import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page.ts';
import { loadBothLanguages } from '../../i18n/setup.ts';

/** The excellence pages, children of the signed-in shell. */
export const excellenceRoutes: RouteObject[] = [
  { path: 'excellence/cycles', lazy: lazyPage(() => import('./CyclesPage.tsx'), 'CyclesPage') },
  { path: 'excellence/cycles/:id', lazy: lazyPage(() => import('./CyclePage.tsx'), 'CyclePage') },
  { path: 'excellence/pool', lazy: lazyPage(() => import('./AssessorPoolPage.tsx'), 'AssessorPoolPage') },
  { path: 'excellence/assessments', lazy: lazyPage(() => import('./AssessmentsPage.tsx'), 'AssessmentsPage') },
  { path: 'excellence/assessments/:id', lazy: lazyPage(() => import('./AssessmentPage.tsx'), 'AssessmentPage') },
  { path: 'excellence/assessments/:id/result', lazy: lazyPage(() => import('./ResultPage.tsx'), 'ResultPage') },
  {
    path: 'excellence/assessments/:id/report',
    loader: loadBothLanguages,
    lazy: lazyPage(() => import('./FeedbackReportPage.tsx'), 'FeedbackReportPage'),
  },
  { path: 'excellence/frameworks', lazy: lazyPage(() => import('./FrameworksPage.tsx'), 'FrameworksPage') },
  { path: 'excellence/frameworks/:code/:version?', lazy: lazyPage(() => import('./FrameworkEditorPage.tsx'), 'FrameworkEditorPage') },
];
