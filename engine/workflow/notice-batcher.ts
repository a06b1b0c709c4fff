import { sql, type QueryExecutorProvider } from 'kysely';

/**
 * Announces committed events with `pg_notify` after their commit, many per statement. A NOTIFY
 * inside the write transaction holds PostgreSQL's notify-queue lock through the commit's WAL
 * flush, so notifying commits cannot be grouped; outside it they can. A notice lost here (the
 * process dies between commit and flush, or the statement fails) only delays watchers until
 * their next poll: they always read the events themselves by sequence number.
 */
export class NoticeBatcher {
  #pending: string[] = [];
  #flushing: Promise<void> | null = null;

  constructor(
    private readonly db: QueryExecutorProvider,
    private readonly channel: string,
    private readonly onError: (err: unknown) => void = (err) => console.warn('[engine] notify failed:', err),
  ) {}

  /** Queues one notice; the next flush (right after the current one) carries it. */
  add(notice: string): void {
    this.#pending.push(notice);
    this.#flushing ??= this.#flushAll();
  }

  /** Resolves once every notice added so far has been sent (or given up on). */
  async drain(): Promise<void> {
    while (this.#flushing) await this.#flushing;
  }

  async #flushAll(): Promise<void> {
    try {
      // Let the sends finishing in this tick join the first statement.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.#pending.length > 0) {
        const notices = this.#pending.splice(0, 500);
        try {
          await sql`select pg_notify(${this.channel}, n) from unnest(${notices}::text[]) as n`.execute(this.db);
        } catch (err) {
          this.onError(err);
        }
      }
    } finally {
      this.#flushing = null;
    }
  }
}
