import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

export type NotificationHandler = (payload: string) => void;

export interface ListenOptions {
  /**
   * Called whenever the LISTEN connection (re)opens: anything notified while it was down is
   * lost, so a listener that acts on notifications re-reads its state from the tables.
   */
  onResync?: () => void;
  /** Called when the LISTEN connection drops: until the next `onResync`, no notification arrives. */
  onLost?: () => void;
}

/**
 * PostgreSQL LISTEN/NOTIFY behind one interface, so that an event committed by one
 * process reaches watchers in every other process that shares the database.
 */
export interface Notifications {
  /** Resolves once the channel is listened to, or once the first attempt to connect has failed (see `onResync`). */
  listen(channel: string, handler: NotificationHandler, options?: ListenOptions): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function pgliteNotifications(pglite: PGlite): Notifications {
  return {
    // One in-process connection that never drops: it opens once, and that is all.
    async listen(channel, handler, options = {}) {
      const unlisten = await pglite.listen(channel, handler);
      options.onResync?.();
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    async close() {},
  };
}

export interface PostgresNotificationOptions {
  /** Told when the LISTEN connection drops or cannot be opened. */
  onConnectionError?: (err: Error) => void;
  /** Reconnect backoff: the first delay, doubled per failed attempt up to `maxDelayMs`. */
  retry?: { firstDelayMs: number; maxDelayMs: number };
  connectTimeoutMs?: number;
}

interface Subscriber {
  handler: NotificationHandler;
  onResync?: () => void;
  onLost?: () => void;
}

interface ListenConnection {
  client: pg.Client;
  /** Channels LISTENed on this connection, each with its LISTEN statement. */
  channels: Map<string, Promise<void>>;
}

/**
 * One dedicated client per process holds every LISTEN. When the server drops it (a restart),
 * it reconnects with backoff, LISTENs again and tells every subscriber to resync, because a
 * silent watcher would be worse than a noisy log.
 */
export function postgresNotifications(connectionString: string, options: PostgresNotificationOptions = {}): Notifications {
  const { firstDelayMs, maxDelayMs } = options.retry ?? { firstDelayMs: 100, maxDelayMs: 2000 };
  const report = options.onConnectionError ?? (() => {});
  const subscribers = new Map<string, Set<Subscriber>>();
  let active: ListenConnection | null = null;
  let connecting: Promise<void> | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let failures = 0;
  let closed = false;

  const deliver = (channel: string, payload: string) => {
    for (const s of subscribers.get(channel) ?? []) {
      try {
        s.handler(payload);
      } catch (err) {
        report(err as Error);
      }
    }
  };

  const resyncAll = () => {
    for (const set of subscribers.values()) {
      for (const s of set) {
        try {
          s.onResync?.();
        } catch (err) {
          report(err as Error);
        }
      }
    }
  };

  const scheduleRetry = () => {
    if (closed || retryTimer || subscribers.size === 0) return;
    const delay = Math.min(maxDelayMs, firstDelayMs * 2 ** failures) * (0.5 + Math.random() / 2);
    failures++;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    retryTimer.unref();
  };

  const lost = (client: pg.Client, err?: Error) => {
    if (active?.client !== client) return;
    active = null;
    for (const set of subscribers.values()) {
      for (const s of set) {
        try {
          s.onLost?.();
        } catch (error) {
          report(error as Error);
        }
      }
    }
    report(err ?? new Error('Connection terminated'));
    scheduleRetry();
  };

  /** Opens the connection unless it is open or opening; never rejects (a failure schedules a retry). */
  const connect = (): Promise<void> => {
    if (closed || active) return Promise.resolve();
    connecting ??= (async () => {
      const client = new pg.Client({ connectionString, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, keepAlive: true });
      client.on('notification', (msg) => deliver(msg.channel, msg.payload ?? ''));
      client.on('error', (err) => lost(client, err));
      client.on('end', () => lost(client));
      try {
        await client.connect();
        const channels = new Map<string, Promise<void>>();
        for (const channel of subscribers.keys())
          channels.set(
            channel,
            client.query(`LISTEN ${quoteIdent(channel)}`).then(() => {}),
          );
        await Promise.all(channels.values());
        if (closed) {
          await client.end().catch(() => {});
          return;
        }
        active = { client, channels };
        failures = 0;
      } catch (err) {
        report(err as Error);
        // Not awaited: ending a client whose connection failed half-way need not ever settle.
        void client.end().catch(() => {});
        scheduleRetry();
        return;
      }
      resyncAll();
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  /** LISTENs on the open connection (once per channel); a failure here is a lost connection, handled by `lost`. */
  const ensureListening = async (channel: string) => {
    const conn = active;
    if (!conn) return;
    let statement = conn.channels.get(channel);
    if (!statement) {
      statement = conn.client.query(`LISTEN ${quoteIdent(channel)}`).then(
        () => {},
        () => {},
      );
      conn.channels.set(channel, statement);
    }
    await statement;
  };

  return {
    async listen(channel, handler, listenOptions = {}) {
      const subscriber: Subscriber = { handler, onResync: listenOptions.onResync, onLost: listenOptions.onLost };
      let set = subscribers.get(channel);
      if (!set) {
        set = new Set();
        subscribers.set(channel, set);
      }
      set.add(subscriber);
      await connect();
      await ensureListening(channel);
      return async () => {
        set.delete(subscriber);
        if (set.size > 0 || subscribers.get(channel) !== set) return;
        subscribers.delete(channel);
        const conn = active;
        if (conn?.channels.delete(channel)) await conn.client.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => {});
      };
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      await connecting;
      const conn = active;
      active = null;
      if (conn) await conn.client.end().catch(() => {});
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
