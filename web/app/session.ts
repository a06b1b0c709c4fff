import { useQuery } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from '../trpc/client.ts';
import type { AppRouter } from '../../api/root.ts';
import type { Capability } from '../../api/access/capabilities.ts';
import { queryClient, trpcOptions } from './clients.ts';

/** Who is signed in: one cached query the whole shell shares. */
function sessionQuery(trpc: TRPCOptionsProxy<AppRouter>) {
  return { ...trpc.auth.me.queryOptions(), staleTime: 60_000 };
}

/** The signed-in user, or null. */
export function useSession() {
  return useQuery(sessionQuery(useTRPC()));
}

/**
 * The signed-in pages' route loader: asks who is signed in as soon as the route matches, alongside
 * the page's code and its own loader's queries (sent in the same batch), not after the shell has
 * rendered. Resolves at once; RequireSession reads the answer from the cache.
 */
export function prefetchSession(): null {
  void queryClient.prefetchQuery(sessionQuery(trpcOptions));
  return null;
}

export type SessionUser = NonNullable<ReturnType<typeof useSession>['data']>;

/**
 * Whether the signed-in person may do something, as the server computed it for `auth.me`
 * (api/access/capabilities.ts); false until the session is known. Pages ask this instead of testing roles.
 */
export function useMay(): (capability: Capability) => boolean {
  const capabilities = useSession().data?.capabilities;
  return (capability) => capabilities?.[capability] === true;
}
