import { useState, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createApiClient, TRPCProvider } from '../trpc/client.ts';
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

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
