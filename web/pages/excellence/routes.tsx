import type { RouteObject } from 'react-router';
import { CyclesPage } from './CyclesPage.tsx';
import { CyclePage } from './CyclePage.tsx';
import { AssessmentsPage } from './AssessmentsPage.tsx';
import { AssessmentPage } from './AssessmentPage.tsx';
import { ResultPage } from './ResultPage.tsx';
import { FeedbackReportPage } from './FeedbackReportPage.tsx';
import { FrameworksPage } from './FrameworksPage.tsx';
import { FrameworkEditorPage } from './FrameworkEditorPage.tsx';
import { AssessorPoolPage } from './AssessorPoolPage.tsx';

/** The excellence pages, children of the signed-in shell. */
export const excellenceRoutes: RouteObject[] = [
  { path: 'excellence/cycles', element: <CyclesPage /> },
  { path: 'excellence/cycles/:id', element: <CyclePage /> },
  { path: 'excellence/pool', element: <AssessorPoolPage /> },
  { path: 'excellence/assessments', element: <AssessmentsPage /> },
  { path: 'excellence/assessments/:id', element: <AssessmentPage /> },
  { path: 'excellence/assessments/:id/result', element: <ResultPage /> },
  { path: 'excellence/assessments/:id/report', element: <FeedbackReportPage /> },
  { path: 'excellence/frameworks', element: <FrameworksPage /> },
  { path: 'excellence/frameworks/:code/:version?', element: <FrameworkEditorPage /> },
];
