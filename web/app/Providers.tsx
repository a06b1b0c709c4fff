import { useState, type ReactNode } from 'react';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createApiClient, TRPCProvider } from '../api/trpc.ts';
import { isRetryable, isUnauthorized } from '../api/error-key.ts';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that expired mid-use: re-read who we are, which sends the user to sign in.
      onError: (error, query) => {
        if (isUnauthorized(error) && query.queryKey[0]?.toString() !== 'auth') {
          void client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).includes('"me"') });
        }
      },
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
