import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../api/root.ts';
import { queryClient, trpcOptions } from '../../app/clients.ts';

/**
 * The dashboard's figures. Fresh for a few seconds, so the page reads what its route loader
 * fetched instead of asking the server again the moment it mounts.
 */
export function summaryQuery(trpc: TRPCOptionsProxy<AppRouter>) {
  return { ...trpc.dashboard.summary.queryOptions({}), staleTime: 10_000 };
}

/** The dashboard route's loader: its figures are asked for with the session check, not after it. */
export function prefetchSummary(): null {
  void queryClient.prefetchQuery(summaryQuery(trpcOptions));
  return null;
}
