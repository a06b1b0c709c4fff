import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../trpc/client.ts';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import { applyLiveBoardMessage, type LiveBoardMessage } from '../../../workflows/workshops/live-board.ts';

/**
 * The viewer's board, live over `workshops.watch`: the whole filtered board on join or
 * resume, then the changes from one version to the next, applied by the shared pure reducer
 * (an older board or a change to another version is ignored, so a reconnect never goes back
 * in time or shows anything twice). Scores and rankings arrive computed; nothing is scored here.
 */
export function useLiveWorkshop(id: string) {
  const trpc = useTRPC();
  const [latest, setLatest] = useState<WorkshopView | null>(null);
  // A board kept from the previous workshop is not shown while the new one's first message is on its way.
  const view = latest?.id === id ? latest : null;
  const live = useSubscription(
    trpc.workshops.watch.subscriptionOptions(
      { id },
      {
        onData: ({ data }) =>
          setLatest((prev) => applyLiveBoardMessage(prev?.id === id ? prev : null, data as LiveBoardMessage<WorkshopView>)),
      },
    ),
  );
  return { view, live };
}

/** Sends one board or phase action; the new board arrives through the live stream. */
export function useWorkshopAction(id: string) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshops.send.mutationOptions());
  const act = (type: string, payload: Record<string, unknown> = {}) =>
    mutation.mutateAsync({ id, type: type as 'ADVANCE', payload }).catch(() => undefined);
  // The refused action's type lets the page show its refusal where the action was taken (a vote beside the votes).
  return {
    act,
    error: mutation.error,
    type: mutation.variables?.type as string | undefined,
    pending: mutation.isPending,
    reset: mutation.reset,
  };
}
