import type { Notifications } from '../../engine/db/notifications.ts';
import type { DB } from '../db/schema.ts';
import { loadBoard, type Board } from './board.ts';
import { centreEventsChannel, type CentreEventsNotice } from './live-channel.ts';

export interface BoardUpdate {
  board: Board;
  /** The first external id of each batch this board is the first to include (a load test times them). */
  markers: string[];
}

/** The windows slide with the clock: a quiet board is recomputed this often all the same. */
export const quietRefreshMs = 30_000;
/** A busy board is recomputed at most this often: a wall needs no more, and the database is spared. */
export const busyIntervalMs = 250;
const maxMarkers = 1000;

/**
 * The watched entities' board, live: the whole board on join, then again after every committed
 * batch of ticket events for one of those entities (a burst collapses into one recomputation,
 * done in SQL), and every `quietRefreshMs`. A lost LISTEN connection means a fresh board on resync.
 */
export async function* liveBoard(
  db: DB,
  notifications: Notifications,
  entityIds: readonly string[] | null,
  options: { signal?: AbortSignal; now?: () => Date; refreshMs?: number; minIntervalMs?: number } = {},
): AsyncGenerator<BoardUpdate> {
  const now = options.now ?? (() => new Date());
  const state: { dirty: boolean; markers: string[]; wake: (() => void) | null } = { dirty: true, markers: [], wake: null };
  const poke = () => {
    state.dirty = true;
    state.wake?.();
  };
  const unlisten = await notifications.listen(
    centreEventsChannel,
    (payload) => {
      let notice: CentreEventsNotice;
      try {
        notice = JSON.parse(payload) as CentreEventsNotice;
      } catch {
        return;
      }
      if (entityIds !== null && !notice.entities.some((e) => entityIds.includes(e))) return;
      if (state.markers.length < maxMarkers) state.markers.push(notice.marker);
      poke();
    },
    { onResync: poke },
  );
  const refresh = setInterval(poke, options.refreshMs ?? quietRefreshMs);
  refresh.unref();
  options.signal?.addEventListener('abort', poke);
  let last = Number.NEGATIVE_INFINITY;
  try {
    while (!options.signal?.aborted) {
      if (state.dirty) {
        const since = performance.now() - last;
        const minInterval = options.minIntervalMs ?? busyIntervalMs;
        // Batches arriving meanwhile join this recomputation instead of each causing one.
        if (since < minInterval) await new Promise((r) => setTimeout(r, minInterval - since));
        state.dirty = false;
        const markers = state.markers.splice(0);
        last = performance.now();
        yield { board: await loadBoard(db, entityIds, now()), markers };
        continue;
      }
      await new Promise<void>((resolve) => {
        state.wake = resolve;
      });
      state.wake = null;
    }
  } finally {
    clearInterval(refresh);
    options.signal?.removeEventListener('abort', poke);
    await unlisten();
  }
}
