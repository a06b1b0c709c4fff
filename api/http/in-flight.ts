import type { ServerResponse } from 'node:http';

/** The responses not yet finished, so a shutdown can wait for them (and only them). */
export class InFlightRequests {
  readonly #active = new Set<ServerResponse>();
  #onIdle: (() => void) | null = null;

  track(res: ServerResponse): void {
    this.#active.add(res);
    // 'close' comes once the answer is sent or the connection is gone, whichever is first.
    res.once('close', () => {
      this.#active.delete(res);
      if (this.#active.size === 0) this.#onIdle?.();
    });
  }

  get size(): number {
    return this.#active.size;
  }

  /** Answers still to come say the connection closes after them, so clients do not reuse it. */
  closeConnectionsAfterAnswers(): void {
    for (const res of this.#active) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  /** Server-sent event streams never finish by themselves; the browser reconnects elsewhere. */
  endEventStreams(): void {
    for (const res of this.#active) {
      if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) res.destroy();
    }
  }

  /** Resolves true once every tracked answer is finished, or false when `graceMs` runs out first. */
  drained(graceMs: number): Promise<boolean> {
    if (this.#active.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#onIdle = null;
        resolve(false);
      }, graceMs);
      this.#onIdle = () => {
        clearTimeout(timer);
        this.#onIdle = null;
        resolve(true);
      };
    });
  }
}
