import type { Notifications } from '../../engine/db/notifications.ts';
import type { CommitFeed, CommittedEvent } from '../../engine/workflow/commit-feed.ts';
import { watchInstance } from '../../engine/workflow/watch.ts';
import { readThroughOutage } from '../../engine/db/read-through-outage.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import type { DB } from '../db/schema.ts';
import { loadWorkshop, type WorkshopRecord } from './workshop-record.ts';

type Listener = (update: WorkshopRecord | Error) => void;

interface Hub {
  listeners: Set<Listener>;
  stop: AbortController;
  /** The newest version handed out; a newcomer starts from it. */
  latest: WorkshopRecord | null;
}

// Per database handle: tests run several apps in one process, each on its own database.
const hubs = new WeakMap<object, Map<string, Hub>>();

/** A viewer further behind than this many versions skips to the latest in one change. */
const maxQueued = 200;

/**
 * One stream of workshop versions per workshop and process, shared by every live viewer in it.
 * Commits made by this process arrive straight from the engine's commit feed, every version in
 * order with its context, with no read at all; anything else (another process's commits, a
 * version the feed skipped) is found by the engine event stream (`watchInstance`, ordered,
 * resumable), read once per process however many phones watch, and the workshop is loaded once
 * per catch-up. Each version is handed out at most once and only ever in increasing order.
 */
export function followWorkshop(
  db: DB,
  notifications: Notifications,
  feed: CommitFeed,
  start: WorkshopRecord,
  listener: Listener,
): () => void {
  const workshopId = start.id;
  let perDb = hubs.get(db);
  if (!perDb) {
    perDb = new Map();
    hubs.set(db, perDb);
  }
  let hub = perDb.get(workshopId);
  if (!hub) {
    const created: Hub = { listeners: new Set(), stop: new AbortController(), latest: start };
    hub = created;
    perDb.set(workshopId, created);
    const hand = (record: WorkshopRecord) => {
      created.latest = record;
      for (const l of created.listeners) l(record);
    };
    // The feed tells this process's commits in commit order; a version that does not follow
    // the last one handed out (another process wrote in between) is left to the event stream.
    const unfeed = feed.listen(workshopId, (event: CommittedEvent) => {
      const latest = created.latest!;
      if (event.instance.version !== latest.version + 1) return;
      const context = JSON.parse(JSON.stringify(event.snapshot.context)) as WorkshopContext;
      hand({
        id: workshopId,
        state: event.instance.state,
        version: event.instance.version,
        context,
        // The code is cleared when the workshop closes and set only when it is created.
        inviteCode: context.phase === 'closed' ? null : latest.inviteCode,
      });
    });
    created.stop.signal.addEventListener('abort', unfeed);
    void (async () => {
      try {
        for await (const event of watchInstance(db, notifications, workshopId, { afterSeq: start.version, signal: created.stop.signal })) {
          if (event.seq <= created.latest!.version) continue;
          // Rides out a database restart like the stream it follows.
          const record = await readThroughOutage(() => loadWorkshop(db, workshopId), { signal: created.stop.signal });
          if (!record || record.version <= created.latest!.version) continue;
          hand(record);
        }
      } catch (err) {
        for (const l of created.listeners) l(err instanceof Error ? err : new Error(String(err)));
      } finally {
        unfeed();
        if (perDb.get(workshopId) === created) perDb.delete(workshopId);
      }
    })();
  }
  const joined = hub;
  joined.listeners.add(listener);
  if (joined.latest && joined.latest.version > start.version) listener(joined.latest);
  return () => {
    joined.listeners.delete(listener);
    if (joined.listeners.size === 0) {
      joined.stop.abort();
      if (perDb.get(workshopId) === joined) perDb.delete(workshopId);
    }
  };
}

/**
 * The workshop's versions as they happen, starting with the current one when it is newer than
 * `afterVersion`, as runs of the versions that arrived since the last run: every version in order
 * while the viewer keeps up, the latest alone once it falls far behind. Loads the current version before it subscribes, and the shared stream reads
 * everything committed after that version, so nothing in between is lost; versions only go up,
 * so nothing is yielded twice.
 */
export async function* liveWorkshop(
  db: DB,
  notifications: Notifications,
  feed: CommitFeed,
  workshopId: string,
  afterVersion: number,
  signal?: AbortSignal,
): AsyncGenerator<WorkshopRecord[]> {
  const first = await loadWorkshop(db, workshopId);
  if (!first) return;
  const state: { queue: WorkshopRecord[]; error: Error | null; wake: (() => void) | null } = { queue: [], error: null, wake: null };
  let newest = afterVersion;
  const offer = (record: WorkshopRecord) => {
    if (record.version <= newest) return;
    newest = record.version;
    if (state.queue.length >= maxQueued) state.queue.length = 0;
    state.queue.push(record);
  };
  offer(first);
  const leave = followWorkshop(db, notifications, feed, first, (update) => {
    if (update instanceof Error) state.error = update;
    else offer(update);
    state.wake?.();
  });
  const onAbort = () => state.wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    while (!signal?.aborted) {
      if (state.error) throw state.error;
      if (state.queue.length > 0) {
        yield state.queue.splice(0);
        continue;
      }
      await new Promise<void>((resolve) => {
        state.wake = resolve;
      });
      state.wake = null;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    leave();
  }
}
