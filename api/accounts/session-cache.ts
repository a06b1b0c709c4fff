import type { Notifications } from '../../engine/db/notifications.ts';
import type { Grant } from '../access/grants.ts';

/** The channel the database announces ended sessions and changed accounts on (migration 0650). */
export const sessionChangesChannel = 'session_changes';

export interface CachedSessionUser {
  id: string;
  username: string;
  display_name_ar: string;
  display_name_en: string;
  grants: readonly Grant[];
  locale: string;
  expires_at: Date;
}

interface Entry {
  user: CachedSessionUser;
  cachedAt: number;
}

/**
 * Signed-in sessions by token hash, held for at most `ttlMs`, so a request costs no session read.
 * Revocation stays immediate: the procedures that end sessions drop them here at once, and the
 * database announces every ended session and changed account (migration 0650) to every process,
 * which drops them too. While that announcement channel is down nothing is served from memory, and
 * when it reconnects everything is dropped, since announcements may have been missed meanwhile.
 */
export class SessionCache {
  readonly #entries = new Map<string, Entry>();
  /** Announcement channels followed, and those of them not (yet, or no longer) open. */
  #followers = 0;
  readonly #down = new Set<symbol>();

  /** Served from memory only while every followed channel is open: else an ended session would go unheard. */
  get #following(): boolean {
    return this.#followers > 0 && this.#down.size === 0;
  }

  constructor(
    public ttlMs = 10_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(tokenHash: string, at: Date): CachedSessionUser | undefined {
    if (!this.#following) return undefined;
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (this.now() - entry.cachedAt > this.ttlMs || entry.user.expires_at <= at) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return entry.user;
  }

  set(tokenHash: string, user: CachedSessionUser): void {
    if (!this.#following) return;
    // Oldest first out: a Map iterates in insertion order.
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(tokenHash, { user, cachedAt: this.now() });
  }

  dropToken(tokenHash: string): void {
    this.#entries.delete(tokenHash);
  }

  dropUser(userId: string): void {
    for (const [hash, entry] of this.#entries) if (entry.user.id === userId) this.#entries.delete(hash);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Applies the database's announcements; answers the unlisten function. */
  async follow(notifications: Notifications): Promise<() => Promise<void>> {
    const me = Symbol('session announcements');
    this.#followers++;
    this.#down.add(me);
    const unlisten = await notifications.listen(
      sessionChangesChannel,
      (payload) => {
        if (payload.startsWith('token:')) this.dropToken(payload.slice('token:'.length));
        else if (payload.startsWith('user:')) this.dropUser(payload.slice('user:'.length));
        else this.clear();
      },
      {
        onResync: () => {
          this.clear();
          this.#down.delete(me);
        },
        // The channel is down: a session ended now would not be heard of, so every lookup reads the database.
        onLost: () => {
          this.#down.add(me);
          this.clear();
        },
      },
    );
    return async () => {
      this.#followers--;
      this.#down.delete(me);
      await unlisten();
    };
  }
}

/** One per process: every app in it shares the sessions it has seen (tokens are random, so apps never collide). */
export const sessionCache = new SessionCache();
