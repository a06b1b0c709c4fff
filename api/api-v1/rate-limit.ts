/**
 * A token bucket per API token: `perMinute` calls a minute on average, at most `perMinute` at
 * once. Kept in this process's memory; with several API processes each grants its own share,
 * which bounds a runaway system well enough without a write per request.
 */
export class TokenRateLimit {
  readonly #buckets = new Map<string, { left: number; at: number }>();
  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one call for `key`; answers 0 when allowed, else the seconds until the next call may go. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.#buckets.get(key) ?? { left: this.perMinute, at: now };
    const left = Math.min(this.perMinute, bucket.left + ((now - bucket.at) * this.perMinute) / 60_000);
    if (left < 1) {
      this.#buckets.set(key, { left, at: now });
      return Math.max(1, Math.ceil(((1 - left) * 60_000) / this.perMinute / 1000));
    }
    this.#buckets.set(key, { left: left - 1, at: now });
    // A full bucket is the default: forget it so the map holds only systems calling now.
    if (this.#buckets.size > 10_000) for (const [k, b] of this.#buckets) if (now - b.at > 60_000) this.#buckets.delete(k);
    return 0;
  }
}
