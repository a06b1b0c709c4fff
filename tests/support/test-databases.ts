import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle, type DriverKind } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import { postgresSkippedBanner } from './postgres-skipped-banner.ts';

/** A fresh, migrated database; `url` lets a test open a second connection (a second API process) to it. */
export interface TestDatabase extends DatabaseHandle {
  /** The server database's URL; null for PGlite, which is one in-process connection. */
  url: string | null;
}

/** One database the suites run against; every `create()` is a brand-new, fully migrated database. */
export interface TestDatabaseTarget {
  name: DriverKind;
  create(): Promise<TestDatabase>;
}

/** The database URL for `name` on the server that `adminUrl` points at. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const OBJECT_IN_USE = '55006';

/**
 * Drops a test database once nobody uses it. Not WITH (FORCE): terminating a connection that a test
 * still holds (a second "API process" closed a moment later) surfaces as an uncaught pool error in
 * that test. A database still busy after a few tries stays; the throwaway cluster takes it along.
 */
async function dropWhenFree(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const pgliteTarget: TestDatabaseTarget = {
  name: 'pglite',
  async create() {
    // Start from the run's migrated template (global-setup) instead of initdb + migrations.
    const template = inject('pgliteTemplate');
    const handle = await connectDatabase({ driver: 'pglite', loadDataDir: new Blob([readFileSync(template)]) });
    try {
      await migrateToLatest(handle.db, allMigrations);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { ...handle, url: null };
  },
};

function postgresTarget(adminUrl: string): TestDatabaseTarget {
  return {
    name: 'postgres',
    async create() {
      // A database per create() keeps test files (running in parallel workers) and tests apart.
      const name = `t_${randomBytes(8).toString('hex')}`;
      const template = inject('postgresTemplate');
      await asAdmin(adminUrl, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
      const url = databaseUrl(adminUrl, name);
      let handle: DatabaseHandle;
      try {
        handle = await connectDatabase({ driver: 'postgres', url });
        await migrateToLatest(handle.db, allMigrations);
      } catch (error) {
        await asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
        throw error;
      }
      let closed = false;
      return {
        ...handle,
        url,
        async close() {
          if (closed) return;
          closed = true;
          await handle.close();
          await dropWhenFree(adminUrl, name);
        },
      };
    },
  };
}

let warned = false;

/** Targets for `describe.each(testDatabases())('$name', ...)`: PGlite always, PostgreSQL when the run has a server. */
export function testDatabases(): TestDatabaseTarget[] {
  const adminUrl = inject('postgresUrl');
  if (adminUrl) return [pgliteTarget, postgresTarget(adminUrl)];
  if (!warned) {
    warned = true;
    console.warn(postgresSkippedBanner('the test run has no PostgreSQL server'));
  }
  return [pgliteTarget];
}

/** The server target alone, for suites that only mean anything with real concurrent connections; null when absent. */
export function postgresDatabase(): TestDatabaseTarget | null {
  return testDatabases().find((t) => t.name === 'postgres') ?? null;
}
