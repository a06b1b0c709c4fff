export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<A, R> {
  args: A;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Sends to one instance queue behind the one being applied; when it is done, everything that
 * arrived meanwhile is applied as one group, in arrival order. Fifty writers to one board then
 * wait for one lock hold, not fifty. A lone send starts at once: grouping adds no delay.
 */
export class HotInstanceQueue<A, R> {
  readonly #waiting = new Map<string, Waiting<A, R>[]>();

  constructor(
    /** Applies a group; answers one outcome per member, in order. A throw fails every member with it. */
    private readonly apply: (key: string, group: A[]) => Promise<Outcome<R>[]>,
    private readonly maxGroup = 100,
  ) {}

  submit(key: string, args: A): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.#waiting.get(key);
      if (queue) {
        queue.push({ args, resolve, reject });
        return;
      }
      this.#waiting.set(key, [{ args, resolve, reject }]);
      void this.#drain(key);
    });
  }

  async #drain(key: string): Promise<void> {
    const queue = this.#waiting.get(key)!;
    while (queue.length > 0) {
      // Members stay queued (so newcomers join the queue, not a new drain) until their group is picked.
      const group = queue.splice(0, this.maxGroup);
      let outcomes: Outcome<R>[];
      try {
        outcomes = await this.apply(
          key,
          group.map((w) => w.args),
        );
      } catch (error) {
        outcomes = group.map(() => ({ ok: false, error }));
      }
      group.forEach((w, i) => {
        const outcome = outcomes[i] ?? { ok: false, error: new Error('no outcome for a grouped send') };
        if (outcome.ok) w.resolve(outcome.value);
        else w.reject(outcome.error);
      });
    }
    this.#waiting.delete(key);
  }
}
