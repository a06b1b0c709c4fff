import { sql, type QueryExecutorProvider } from 'kysely';

const defaultWindowMs = 5;

/**
 * Announces committed events with `pg_notify` after their commit, many per statement. A NOTIFY
 * inside the write transaction holds PostgreSQL's notify-queue lock through the commit's WAL
 * flush, so notifying commits cannot be grouped; outside it they can. A notice lost here (the
 * process dies between commit and flush, or the statement fails) only delays watchers until
 * their next poll: they always read the events themselves by sequence number.
 *
 * A batch waits a moment (5 ms unless told otherwise) for company before it goes: a lone writer sending one
 * event after another then shares one notify statement among several sends instead of paying a
 * second round trip for each, and a watcher is woken at most that much later.
 */
export class NoticeBatcher {
  #pending: string[] = [];
  #flushing: Promise<void> | null = null;

  constructor(
    private readonly db: QueryExecutorProvider,
    private readonly channel: string,
    private readonly onError: (err: unknown) => void = (err) => console.warn('[engine] notify failed:', err),
    /** How long the first notice of a batch waits for others (tests pass their own gate). */
    private readonly window: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, defaultWindowMs)),
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
      // Let the sends finishing meanwhile join the first statement.
      await this.window();
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
