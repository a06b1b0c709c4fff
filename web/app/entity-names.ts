import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import { useLocalName } from './display-name.ts';

/** Entity id → its name in the interface language; the list is small and cached. */
export function useEntityNames(): (id: string | null) => string | null {
  const trpc = useTRPC();
  const localName = useLocalName();
  const entities = useQuery({ ...trpc.entities.list.queryOptions({ includeArchived: true }), staleTime: 10 * 60_000 });
  return (id) => {
    if (id === null) return null;
    const entity = entities.data?.find((e) => e.id === id);
    return entity ? localName(entity) : id;
  };
}
