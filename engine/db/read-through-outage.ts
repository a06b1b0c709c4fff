import { isConnectionError } from './connection-errors.ts';

export interface OutageRetryOptions {
  signal?: AbortSignal;
  /** The first wait, doubled per failed attempt up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Runs `read` until it succeeds, waiting with backoff while the database cannot be reached (a
 * restart), so a long-lived reader such as a watcher rides out the outage instead of ending.
 * Any other error ends it at once, and so does an abort (with the signal's reason).
 * Only for reads: a write cut off by a lost connection may or may not have committed.
 */
export async function readThroughOutage<T>(read: () => Promise<T>, options: OutageRetryOptions = {}): Promise<T> {
  const first = options.firstDelayMs ?? 100;
  const max = options.maxDelayMs ?? 2000;
  for (let failures = 0; ; failures++) {
    options.signal?.throwIfAborted();
    try {
      return await read();
    } catch (err) {
      if (!isConnectionError(err)) throw err;
    }
    await pause(Math.min(max, first * 2 ** failures), options.signal);
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
