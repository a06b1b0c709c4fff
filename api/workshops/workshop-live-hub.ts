import type { Notifications } from '../../engine/db/notifications.ts';
import { watchInstance } from '../../engine/workflow/watch.ts';
import { readThroughOutage } from '../../engine/db/read-through-outage.ts';
import type { DB } from '../db/schema.ts';
import { loadWorkshop, type WorkshopRecord } from './workshop-record.ts';

type Listener = (update: WorkshopRecord | Error) => void;

interface Hub {
  listeners: Set<Listener>;
  stop: AbortController;
}

// Per database handle: tests run several apps in one process, each on its own database.
const hubs = new WeakMap<object, Map<string, Hub>>();

/**
 * One engine event stream per workshop and process, shared by every live viewer in it: the
 * stream (`watchInstance`, ordered, resumable) is read once and each new version of the
 * workshop is loaded once, however many phones watch. Listeners get whole records; a
 * listener that falls behind only ever needs the latest.
 */
export function followWorkshop(
  db: DB,
  notifications: Notifications,
  workshopId: string,
  afterVersion: number,
  listener: Listener,
): () => void {
  let perDb = hubs.get(db);
  if (!perDb) {
    perDb = new Map();
    hubs.set(db, perDb);
  }
  let hub = perDb.get(workshopId);
  if (!hub) {
    const created: Hub = { listeners: new Set(), stop: new AbortController() };
    hub = created;
    perDb.set(workshopId, created);
    void (async () => {
      let loaded = afterVersion;
      try {
        for await (const event of watchInstance(db, notifications, workshopId, { afterSeq: afterVersion, signal: created.stop.signal })) {
          if (event.seq <= loaded) continue;
          // Rides out a database restart like the stream it follows.
          const record = await readThroughOutage(() => loadWorkshop(db, workshopId), { signal: created.stop.signal });
          if (!record) continue;
          loaded = record.version;
          for (const l of created.listeners) l(record);
        }
      } catch (err) {
        for (const l of created.listeners) l(err instanceof Error ? err : new Error(String(err)));
      } finally {
        if (perDb.get(workshopId) === created) perDb.delete(workshopId);
      }
    })();
  }
  const joined = hub;
  joined.listeners.add(listener);
  return () => {
    joined.listeners.delete(listener);
    if (joined.listeners.size === 0) {
      joined.stop.abort();
      if (perDb.get(workshopId) === joined) perDb.delete(workshopId);
    }
  };
}

/**
 * The workshop's versions as they happen, starting with the current one when it is newer
 * than `afterVersion`. Subscribes before it reads, so no commit between the read and the
 * subscription is lost; versions only go up, so nothing is yielded twice.
 */
export async function* liveWorkshop(
  db: DB,
  notifications: Notifications,
  workshopId: string,
  afterVersion: number,
  signal?: AbortSignal,
): AsyncGenerator<WorkshopRecord> {
  const state: { latest: WorkshopRecord | null; error: Error | null; wake: (() => void) | null } = {
    latest: null,
    error: null,
    wake: null,
  };
  const offer = (record: WorkshopRecord) => {
    if (state.latest === null || record.version > state.latest.version) state.latest = record;
  };
  // The shared stream starts at the version committed now; everything after it reaches us.
  const now = await db.selectFrom('workflow_instances').select('version').where('id', '=', workshopId).executeTakeFirst();
  const leave = followWorkshop(db, notifications, workshopId, now?.version ?? 0, (update) => {
    if (update instanceof Error) state.error = update;
    else offer(update);
    state.wake?.();
  });
  const onAbort = () => state.wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    const first = await loadWorkshop(db, workshopId);
    if (first) offer(first);
    let sent = afterVersion;
    while (!signal?.aborted) {
      if (state.error) throw state.error;
      const current = state.latest;
      if (current && current.version > sent) {
        sent = current.version;
        yield current;
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
