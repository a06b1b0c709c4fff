import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../api/root.ts';

/** The assessment as `excellence.assessments.get` returns it. */
export type AssessmentView = inferRouterOutputs<AppRouter>['excellence']['assessments']['get'];

/** One row of a cycle's progress table. */
export type CycleAssessmentRow = inferRouterOutputs<AppRouter>['excellence']['cycles']['get']['assessments'][number];
