import type { AnyMachineSnapshot } from 'xstate';
import type { InstanceRef } from './definition.ts';

/** One event this process committed: the instance after it, and its snapshot. */
export interface CommittedEvent {
  instance: InstanceRef;
  snapshot: AnyMachineSnapshot;
}

export type CommitListener = (event: CommittedEvent) => void;

/**
 * The events this process's engine committed, told to listeners in this process right after
 * each commit: a shortcut past NOTIFY and a re-read for followers here. It is only a hint: it
 * knows nothing of other processes' commits, so followers still read the trail by sequence
 * number for anything it did not tell them. Listeners run synchronously and must not throw.
 */
export class CommitFeed {
  readonly #listeners = new Map<string, Set<CommitListener>>();

  /** Hears every commit to one instance from now on; answers the function that stops it. */
  listen(instanceId: string, listener: CommitListener): () => void {
    let set = this.#listeners.get(instanceId);
    if (!set) {
      set = new Set();
      this.#listeners.set(instanceId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(instanceId) === set) this.#listeners.delete(instanceId);
    };
  }

  publish(event: CommittedEvent): void {
    const set = this.#listeners.get(event.instance.id);
    if (!set) return;
    for (const listener of set) {
      try {
        listener(event);
      } catch (err) {
        console.warn('[engine] commit listener failed:', err);
      }
    }
  }
}
