import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../trpc/client.ts';

/**
 * The audit trail of one instance, kept current: read once, then follow `workflows.watch`
 * from the last sequence number read. Events merge by seq, so a replay after a reconnect
 * never duplicates a row. Each new event also refreshes the instance (state, actions).
 */
export function useLiveHistory(id: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const historyOptions = trpc.workflows.history.queryOptions({ id });
  const history = useQuery(historyOptions);
  // Where to resume, kept with the instance it belongs to: another id starts again from its own history.
  const [resume, setResume] = useState<{ id: string; after: number } | null>(null);
  const resumeAfter = resume?.id === id ? resume.after : null;

  useEffect(() => {
    if (resumeAfter === null && history.data) setResume({ id, after: history.data.reduce((max, e) => Math.max(max, e.seq), 0) });
  }, [history.data, resumeAfter, id]);

  const live = useSubscription(
    trpc.workflows.watch.subscriptionOptions(
      { id, lastEventId: String(resumeAfter ?? 0) },
      {
        enabled: resumeAfter !== null,
        onData: ({ data: event }) => {
          queryClient.setQueryData(historyOptions.queryKey, (old) => {
            const events = old ?? [];
            if (events.some((e) => e.seq === event.seq)) return events;
            return [...events, event].sort((a, b) => a.seq - b.seq);
          });
          void queryClient.invalidateQueries({ queryKey: trpc.workflows.get.queryKey({ id }) });
          void queryClient.invalidateQueries({ queryKey: trpc.workflows.list.pathKey() });
        },
      },
    ),
  );

  return { history, live };
}
