import type { Kysely } from 'kysely';
import type { EngineTables } from '../db/schema.ts';
import type { Notifications } from '../db/notifications.ts';
import { readThroughOutage } from '../db/read-through-outage.ts';
import { decodeNotice, workflowEventsChannel } from './notification-channel.ts';
import { getEvents, type EventRecord } from './read-models.ts';

export interface WatchOptions {
  /** Resume after this sequence number; 0 replays the whole trail. */
  afterSeq?: number;
  signal?: AbortSignal;
  /**
   * Safety net: re-read even without a notification this often (a dropped LISTEN connection).
   * `null` turns it off, leaving NOTIFY as the only way news arrives (tests prove delivery so).
   */
  pollMs?: number | null;
  /** Backoff of reads while the database is unreachable. */
  outageRetry?: { firstDelayMs: number; maxDelayMs: number };
}

/**
 * Streams an instance's events in sequence order, starting after `afterSeq`. It listens
 * before it reads, so nothing committed between the catch-up and the first notification
 * is missed, and it always reads from the table, so nothing is duplicated or reordered.
 * It rides out a database restart: reads wait for the server to come back, and when the
 * LISTEN connection reopens it re-reads after the last sequence number it yielded.
 */
export async function* watchInstance(
  db: Kysely<EngineTables>,
  notifications: Notifications,
  instanceId: string,
  options: WatchOptions = {},
): AsyncGenerator<EventRecord> {
  let last = options.afterSeq ?? 0;
  let wake: (() => void) | null = null;
  let pending = true;
  const nudge = () => {
    pending = true;
    wake?.();
  };
  const unlisten = await notifications.listen(
    workflowEventsChannel,
    (payload) => {
      const notice = decodeNotice(payload);
      if (notice?.instanceId === instanceId && notice.seq > last) nudge();
    },
    { onResync: nudge },
  );
  const onAbort = () => wake?.();
  options.signal?.addEventListener('abort', onAbort);
  const poll = options.pollMs === null ? undefined : setInterval(nudge, options.pollMs ?? 5000);
  try {
    while (!options.signal?.aborted) {
      if (pending) {
        pending = false;
        let events: EventRecord[];
        try {
          events = await readThroughOutage(() => getEvents(db, instanceId, last), { signal: options.signal, ...options.outageRetry });
        } catch (err) {
          if (options.signal?.aborted) break;
          throw err;
        }
        for (const event of events) {
          last = event.seq;
          yield event;
        }
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    clearInterval(poll);
    options.signal?.removeEventListener('abort', onAbort);
    await unlisten();
  }
}
