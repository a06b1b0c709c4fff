import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../api/root.ts';

/** Typed React bindings: `useTRPC()` gives query/mutation/subscription options for TanStack Query. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

const url = '/trpc';

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        // Server-sent events over GET; the browser's EventSource resumes with Last-Event-ID.
        true: httpSubscriptionLink({ url, eventSourceOptions: () => ({ withCredentials: true }) }),
        false: httpBatchLink({
          url,
          // The API refuses state-changing requests without it (api/http/csrf.ts).
          headers: () => ({ 'x-tamayuz-csrf': '1' }),
          fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
        }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
