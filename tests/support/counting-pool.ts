import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle } from '../../engine/db/connect.ts';
import { CopyingClient } from '../../engine/db/copying-client.ts';
import { postgresNotifications } from '../../engine/db/notifications.ts';
import type { EngineTables } from '../../engine/db/schema.ts';

/** A database handle on a server whose pool records every statement its clients send: one statement, one round trip. */
export interface CountingHandle extends DatabaseHandle {
  statements: string[];
}

export function countingHandle(url: string, poolSize = 10): CountingHandle {
  const statements: string[] = [];
  // The product's client (engine/db/copying-client.ts): prepared statements are prepared here too.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, Client: CopyingClient });
  // As the product's pool (engine/db/connect.ts): an idle client the server drops is discarded, not a crash.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0] as string | { text?: string };
      statements.push(typeof first === 'string' ? first : (first.text ?? '?'));
      return query(...args);
    };
  });
  const db = new Kysely<EngineTables>({ dialect: new PostgresDialect({ pool }) });
  const notifications = postgresNotifications(url);
  return {
    db,
    driver: 'postgres',
    notifications,
    embedded: null,
    statements,
    async close() {
      await notifications.close();
      await db.destroy();
    },
  };
}
