import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';

/** The signed-in user, or null. One cached query the whole shell shares. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
}

export type SessionUser = NonNullable<ReturnType<typeof useSession>['data']>;
