import { useState } from 'react';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../trpc/client.ts';
import type { Board } from '../../../api/command-centre/board.ts';

/**
 * The watched centres' board over the live channel (`commandCentre.watch`): the whole board on
 * join, then again after every batch of ticket events and every half minute. Figures arrive
 * computed by the server's SQL; nothing is summed here.
 */
export function useLiveBoard(entityId?: string) {
  const trpc = useTRPC();
  const [board, setBoard] = useState<Board | null>(null);
  const live = useSubscription(
    trpc.commandCentre.watch.subscriptionOptions(entityId ? { entityId } : {}, {
      onData: ({ data }) => setBoard(data.board as Board),
    }),
  );
  return { board, live };
}
