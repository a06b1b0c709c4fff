import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

export type NotificationHandler = (payload: string) => void;

/**
 * PostgreSQL LISTEN/NOTIFY behind one interface, so that an event committed by one
 * process reaches watchers in every other process that shares the database.
 */
export interface Notifications {
  listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function pgliteNotifications(pglite: PGlite): Notifications {
  return {
    async listen(channel, handler) {
      const unlisten = await pglite.listen(channel, handler);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    async close() {},
  };
}

/**
 * One dedicated client per process holds every LISTEN; it reconnects and re-listens
 * when the server drops it, because a silent watcher would be worse than a noisy log.
 */
export function postgresNotifications(connectionString: string): Notifications {
  const handlers = new Map<string, Set<NotificationHandler>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  const connect = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    if (connecting) return connecting;
    connecting = (async () => {
      const c = new pg.Client({ connectionString });
      c.on('notification', (msg) => {
        for (const h of handlers.get(msg.channel) ?? []) h(msg.payload ?? '');
      });
      c.on('error', () => {
        client = null;
        if (!closed) setTimeout(() => void reconnect(), 500);
      });
      await c.connect();
      for (const channel of handlers.keys()) await c.query(`LISTEN ${quoteIdent(channel)}`);
      client = c;
      connecting = null;
      return c;
    })().catch((err: unknown) => {
      connecting = null;
      throw err;
    });
    return connecting;
  };
  const reconnect = async () => {
    try {
      await connect();
    } catch {
      if (!closed) setTimeout(() => void reconnect(), 1000);
    }
  };

  return {
    async listen(channel, handler) {
      let set = handlers.get(channel);
      const first = !set;
      if (!set) handlers.set(channel, (set = new Set()));
      set.add(handler);
      const c = await connect();
      if (first) await c.query(`LISTEN ${quoteIdent(channel)}`);
      return async () => {
        set.delete(handler);
        if (set.size === 0) {
          handlers.delete(channel);
          if (client && !closed) await client.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => {});
        }
      };
    },
    async close() {
      closed = true;
      const c = client;
      client = null;
      if (c) await c.end().catch(() => {});
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
