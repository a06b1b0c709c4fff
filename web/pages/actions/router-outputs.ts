import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../api/root.ts';

/** What each procedure returns, for typing page props. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
