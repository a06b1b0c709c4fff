import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import type { Capability } from '../../api/access/capabilities.ts';

/** The signed-in user, or null. One cached query the whole shell shares. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
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
