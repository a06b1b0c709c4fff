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

/** A database frozen at some point of a scenario, for tests that each start from there (see `snapshot`). */
export interface DatabaseSnapshot {
  /** Releases the frozen copy (drops it on the server). */
  dispose(): Promise<void>;
}

/** One database the suites run against; every `create()` is a brand-new, fully migrated database. */
export interface TestDatabaseTarget {
  name: DriverKind;
  /** A brand-new database: migrated and empty, or a copy of `from`. */
  create(from?: DatabaseSnapshot): Promise<TestDatabase>;
  /**
   * Closes `db` and keeps what it holds as a snapshot that `create(snapshot)` copies in well
   * under a second (a PGlite data-dir dump; a server template database). Tests that need a
   * scenario's later stages start from a copy instead of depending on the test before them.
   */
  snapshot(db: TestDatabase): Promise<DatabaseSnapshot>;
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

interface PgliteSnapshot extends DatabaseSnapshot {
  dump: Blob;
}

let template: Blob | undefined;

/** The run's migrated template (44 MB), read once per test process rather than once per database. */
function templateDump(): Blob {
  template ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
  return template;
}

const pgliteTarget: TestDatabaseTarget = {
  name: 'pglite',
  async create(from?: DatabaseSnapshot) {
    // Start from the run's migrated template (global-setup) instead of initdb + migrations.
    const dump = from ? (from as PgliteSnapshot).dump : templateDump();
    // Already at the latest migration (global-setup migrated the template in this run): migrating
    // again would only take the migration lock and read the table, a second per database on a loaded machine.
    const handle = await connectDatabase({ driver: 'pglite', loadDataDir: dump });
    return { ...handle, url: null };
  },
  async snapshot(db) {
    const dump = await db.embedded!.dumpDataDir('none');
    await db.close();
    const snapshot: PgliteSnapshot = { dump, dispose: async () => {} };
    return snapshot;
  },
};

interface ServerSnapshot extends DatabaseSnapshot {
  name: string;
}

function postgresTarget(adminUrl: string): TestDatabaseTarget {
  // The database name and the pool behind each database this target created, for `snapshot`.
  const created = new WeakMap<TestDatabase, { name: string; closePool(): Promise<void> }>();
  return {
    name: 'postgres',
    async create(from?: DatabaseSnapshot) {
      // A database per create() keeps test files (running in parallel workers) and tests apart.
      const name = `t_${randomBytes(8).toString('hex')}`;
      const template = from ? (from as ServerSnapshot).name : inject('postgresTemplate');
      await asAdmin(adminUrl, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
      const url = databaseUrl(adminUrl, name);
      let handle: DatabaseHandle;
      try {
        handle = await connectDatabase({ driver: 'postgres', url });
        // A copy of a migrated template (or snapshot) is at the latest migration already; only a bare database
        // (an external server, TAMAYUZ_TEST_POSTGRES_URL, has no template) is migrated here.
        if (!template) await migrateToLatest(handle.db, allMigrations);
      } catch (error) {
        await asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
        throw error;
      }
      let closed = false;
      const closePool = async () => {
        if (closed) return false;
        closed = true;
        await handle.close();
        return true;
      };
      const db: TestDatabase = {
        ...handle,
        url,
        async close() {
          if (await closePool()) await dropWhenFree(adminUrl, name);
        },
      };
      created.set(db, { name, closePool: async () => void (await closePool()) });
      return db;
    },
    async snapshot(db) {
      const entry = created.get(db);
      if (!entry) throw new Error('snapshot() takes a database this target created');
      // Closed but kept: CREATE DATABASE … TEMPLATE copies it once nobody is connected.
      await entry.closePool();
      const snapshot: ServerSnapshot = { name: entry.name, dispose: () => dropWhenFree(adminUrl, entry.name) };
      return snapshot;
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
