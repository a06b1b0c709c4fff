import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../api/root.ts';
import { createApiClient } from '../trpc/client.ts';
import { isRetryable } from '../trpc/error-key.ts';
import { onRequestError } from './session-expiry.ts';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that expired mid-use: re-read who we are, which sends the user to sign in.
      onError: (error, query) => onRequestError(client, error, query.queryKey),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onRequestError(client, error, mutation.options.mutationKey),
    }),
    defaultOptions: {
      queries: {
        retry: (count, error) => count < 2 && isRetryable(error),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

/**
 * The page's one query cache and API client. They exist before React renders so that route
 * loaders can start a page's queries while its code and the session check are still on the way.
 */
export const queryClient = createQueryClient();
export const trpcClient = createApiClient();

/** The same query options (and keys) as `useTRPC()`, for code outside components: route loaders. */
export const trpcOptions = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
