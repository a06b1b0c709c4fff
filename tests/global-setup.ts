import type { TestProject } from 'vitest/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase } from '../engine/db/connect.ts';
import { migrateToLatest } from '../engine/db/migrate.ts';
import { allMigrations } from '../api/db/migrations.ts';
import { startThrowawayCluster } from './support/postgres-cluster.ts';
import { postgresSkippedBanner } from './support/postgres-skipped-banner.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server the suites run against, or null when there is none. */
    postgresUrl: string | null;
    /** A migrated PGlite data dir (dumpDataDir tarball) every embedded test database starts from. */
    pgliteTemplate: string;
    /** A migrated database on the server that test databases are cloned from (CREATE DATABASE … TEMPLATE). */
    postgresTemplate: string | null;
  }
}

/**
 * One PostgreSQL cluster for the whole run: every test file makes its own databases on it
 * (see support/test-databases.ts). `TAMAYUZ_TEST_POSTGRES_URL` reuses an existing server instead;
 * `TAMAYUZ_TEST_POSTGRES=off` runs the embedded target alone (quick local runs).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const removeTemplate = await providePgliteTemplate(project);
  const teardown = await setupPostgres(project);
  return async () => {
    await teardown();
    removeTemplate();
  };
}

/** Migrating a fresh PGlite costs seconds; every test database instead loads this migrated copy. */
async function providePgliteTemplate(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'tamayuz-pglite-template-'));
  const handle = await connectDatabase({ driver: 'pglite' });
  await migrateToLatest(handle.db, allMigrations);
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await (await handle.embedded!.dumpDataDir('none')).arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

/** The server's template database, migrated once per run. */
async function migrateServerTemplate(adminUrl: string): Promise<string> {
  const name = 'tamayuz_template';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await connectDatabase({ driver: 'postgres', url: url.toString() });
  try {
    await migrateToLatest(handle.db, allMigrations);
  } finally {
    await handle.close();
  }
  return name;
}

async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
  project.provide('postgresTemplate', null);
  const external = process.env.TAMAYUZ_TEST_POSTGRES_URL;
  if (external) {
    project.provide('postgresUrl', external);
    return async () => {};
  }
  if (process.env.TAMAYUZ_TEST_POSTGRES === 'off') {
    console.warn(postgresSkippedBanner('disabled by TAMAYUZ_TEST_POSTGRES=off'));
    project.provide('postgresUrl', null);
    return async () => {};
  }
  const cluster = await startThrowawayCluster();
  if (!cluster) {
    console.warn(postgresSkippedBanner('no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql'));
    project.provide('postgresUrl', null);
    return async () => {};
  }
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresTemplate', await migrateServerTemplate(cluster.url));
  // Ctrl-C makes Vitest exit without calling teardown; still take the server down with us.
  const onExit = () => cluster.stopSync();
  process.once('exit', onExit);
  return async () => {
    process.off('exit', onExit);
    await cluster.stop();
  };
}
