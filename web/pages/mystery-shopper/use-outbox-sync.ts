import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPCClient } from '../../trpc/client.ts';
import { flushOutbox, queuedVisitIds } from './visit-outbox.ts';

/** Whether the browser says it is online, following its online/offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/**
 * Sends the reports queued on this phone whenever it is online (on opening and on every return
 * of the connection), then refreshes what the screens show. Answers the visits still queued.
 */
export function useOutboxSync(): string[] {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const online = useOnline();
  const [queued, setQueued] = useState(() => queuedVisitIds());
  useEffect(() => {
    if (!online) {
      setQueued(queuedVisitIds());
      return;
    }
    let live = true;
    void flushOutbox(client).then(async (sent) => {
      if (sent.length > 0) await queryClient.invalidateQueries();
      if (live) setQueued(queuedVisitIds());
    });
    return () => {
      live = false;
    };
  }, [online, client, queryClient]);
  return queued;
}
