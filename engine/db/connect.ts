import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import type { EngineTables } from './schema.ts';
import { pgliteNotifications, postgresNotifications, type Notifications } from './notifications.ts';
import { CopyingClient } from './copying-client.ts';
import { markCopyCapable } from './copy-rows.ts';

export type DriverKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<EngineTables>;
  driver: DriverKind;
  notifications: Notifications;
  /** The in-process database when embedded (for dumps and backups); null on a server. */
  embedded: PGlite | null;
  close(): Promise<void>;
}

export type ConnectOptions =
  | {
      driver: 'postgres';
      url: string;
      poolSize?: number;
      /** How long a request waits for a connection (server unreachable or pool exhausted) before it fails. Default 10 s. */
      connectTimeoutMs?: number;
      /** Told about connections the server dropped (a restart); the pool replaces them by itself. Default: one log line. */
      onConnectionError?: (err: Error) => void;
    }
  | { driver: 'pglite'; dataDir?: string /* omitted: in memory */; loadDataDir?: Blob /* a dumpDataDir() to start from */ };

// int8 (20) and numeric (1700) arrive as strings from node-postgres; counts and sums
// in this product fit a double, so parse them once here for both drivers to agree.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.driver === 'postgres') {
    const onConnectionError = options.onConnectionError ?? logConnectionError;
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // Fail fast during an outage instead of queueing requests behind a server that is not there.
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      keepAlive: true,
      // Plain pg clients that can also stream rows in with COPY (engine/db/copy-rows.ts).
      Client: CopyingClient,
    });
    // A server restart sends every connection an error (57P01) and closes it. Unhandled, that
    // 'error' event ends the process: idle clients report through the pool, checked-out ones
    // (a transaction between two statements) on themselves. The pool drops broken clients on release.
    pool.on('error', onConnectionError);
    pool.on('connect', (client) => client.on('error', onConnectionError));
    const db = new Kysely<EngineTables>({ dialect: new PostgresDialect({ pool }) });
    markCopyCapable(db);
    const notifications = postgresNotifications(options.url, { onConnectionError });
    return {
      db,
      driver: 'postgres',
      notifications,
      embedded: null,
      async close() {
        await notifications.close();
        await db.destroy();
      },
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // numeric (1700) as a number, matching the pg type parser above.
  const parsers = { 1700: (v: string) => Number(v) };
  const pglite = await PGlite.create({
    parsers,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = new Kysely<EngineTables>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    driver: 'pglite',
    notifications: pgliteNotifications(pglite),
    embedded: pglite,
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

function logConnectionError(err: Error): void {
  console.warn(`[db] connection lost: ${err.message}`);
}

/** `DATABASE_URL` selects a server; otherwise the embedded database in `TAMAYUZ_DATA_DIR`. */
export function connectOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectOptions {
  if (env.DATABASE_URL) return { driver: 'postgres', url: env.DATABASE_URL };
  return { driver: 'pglite', dataDir: env.TAMAYUZ_DATA_DIR ?? './data' };
}
