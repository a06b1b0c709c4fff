import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../api/root.ts';

type Outputs = inferRouterOutputs<AppRouter>['participation'];
export type PublicConsultation = Outputs['public']['get'];
export type PollResultsData = NonNullable<PublicConsultation['results']>;
export type Question = PublicConsultation['questions'][number];
export type ManagedConsultation = Outputs['manage']['get'];
