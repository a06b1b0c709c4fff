import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startThrowawayCluster, type ThrowawayCluster } from '../../tests/support/postgres-cluster.ts';

/** A fresh, empty database on a real PostgreSQL server, dropped (and its throwaway server stopped) by close(). */
export interface ServerDatabase {
  url: string;
  /** Where the server came from, for the report. */
  origin: 'throwaway cluster' | 'DATABASE_URL';
  close(): Promise<void>;
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * `DATABASE_URL` names a server to borrow (its role needs CREATEDB); otherwise a throwaway
 * cluster is started. Either way the benchmark writes only to a database of its own.
 */
export async function serverDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ServerDatabase> {
  let cluster: ThrowawayCluster | null = null;
  let adminUrl = env.DATABASE_URL;
  if (!adminUrl) {
    cluster = await startThrowawayCluster();
    if (!cluster) throw new Error('no PostgreSQL server binaries found (set TAMAYUZ_PG_BIN or DATABASE_URL)');
    adminUrl = cluster.url;
  }
  const running = cluster;
  // A crash or Ctrl-C must not leave a postmaster behind.
  const stopOnExit = () => running?.stopSync();
  process.once('exit', stopOnExit);
  const name = `bench_${randomBytes(6).toString('hex')}`;
  try {
    await asAdmin(adminUrl, `CREATE DATABASE ${name}`);
  } catch (error) {
    await running?.stop();
    throw error;
  }
  const admin = adminUrl;
  let closed = false;
  return {
    url: withDatabase(admin, name),
    origin: running ? 'throwaway cluster' : 'DATABASE_URL',
    async close() {
      if (closed) return;
      closed = true;
      try {
        // FORCE: connections still open after an error must not keep the database alive.
        if (!running) await asAdmin(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await running?.stop();
        process.removeListener('exit', stopOnExit);
      }
    },
  };
}
