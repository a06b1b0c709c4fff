import type { TestProject } from 'vitest/node';
import { startThrowawayCluster } from './support/postgres-cluster.ts';
import { postgresSkippedBanner } from './support/postgres-skipped-banner.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server the suites run against, or null when there is none. */
    postgresUrl: string | null;
  }
}

/**
 * One PostgreSQL cluster for the whole run: every test file makes its own databases on it
 * (see support/test-databases.ts). `TAMAYUZ_TEST_POSTGRES_URL` reuses an existing server instead;
 * `TAMAYUZ_TEST_POSTGRES=off` runs the embedded target alone (quick local runs).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
  // Ctrl-C makes Vitest exit without calling teardown; still take the server down with us.
  const onExit = () => cluster.stopSync();
  process.once('exit', onExit);
  return async () => {
    process.off('exit', onExit);
    await cluster.stop();
  };
}
