import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productDb, type DB } from '../../api/db/schema.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { postgresDatabase, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { startApiProcess, type ApiProcess } from './support/api-process.ts';
import { auditTrail, runWriters, signInBoth, startedActions, type Signed } from './support/progress-writers.ts';
import { waitFor } from './support/wait-for.ts';

const target = postgresDatabase();

/**
 * `kill -9` of a real API process (a child process, so no shutdown hook runs and connections are
 * cut mid-statement). Only the API dies here, never PostgreSQL, so these tests use the run's
 * shared server (a database of their own on it). Without a server they are skipped with the banner.
 */
describe.runIf(target !== null)('kill -9 of an API process', () => {
  let db: TestDatabase;
  let appDb: DB;
  // Started before the tests (a process takes seconds to boot on a loaded machine), one per test.
  let writersApi: ApiProcess;
  let importApi: ApiProcess;
  let restarted: RunningApp | null = null;
  let signed: Signed;
  let actions: string[];

  beforeAll(async () => {
    db = await target!.create();
    appDb = productDb(db.db);
    await loadSeeds(appDb, { demoUsers: true });
    [writersApi, importApi] = await Promise.all([startApiProcess(db.url!), startApiProcess(db.url!)]);
    signed = await signInBoth(writersApi.url);
    actions = await startedActions(signed, 8);
  });
  afterAll(async () => {
    await writersApi?.crash();
    await importApi?.crash();
    await restarted?.close();
    await db?.close();
  });

  /** The API again after the crash: the product's createApp with its background work (timers, import sweep). */
  const restart = async () => {
    await restarted?.close();
    restarted = await startTestApp(db, { seed: false, scheduler: true });
    return restarted.url;
  };

  it('under 64 concurrent writers loses no acknowledged event and duplicates none; sequences stay gapless', async () => {
    const writers = runWriters(writersApi.url, signed.coordinatorCookie, actions, 64);
    await waitFor('acknowledged writes under load', () => writers.acks.length >= 200, 30_000);
    await writersApi.crash();
    await writers.stop();
    const audit = await auditTrail(appDb, actions, writers.acks);

    // The API again carries on from the last committed event of every instance (same session).
    const coordinator = apiClient(await restart(), signed.coordinatorCookie);
    for (const id of actions)
      await coordinator.actions.send.mutate({ id, type: 'UPDATE_PROGRESS', payload: { progress: 100, comment: `after-${id}` } });
    const after = await auditTrail(appDb, actions, writers.acks);

    console.log(
      `[faults] kill -9 under 64 writers: acknowledged ${audit.acknowledged}, found ${audit.found}, duplicates ${audit.duplicates.length}, ` +
        `gaps ${audit.gaps.length}, committed but unacknowledged ${audit.committedUnacknowledged}, refused ${writers.failures.length}`,
    );
    expect(audit.acknowledged).toBeGreaterThanOrEqual(200);
    expect(audit.missing).toEqual([]);
    expect(audit.duplicates).toEqual([]);
    expect(audit.gaps).toEqual([]);
    expect([after.missing, after.duplicates, after.gaps]).toEqual([[], [], []]);
  });

  it('during an import leaves none of its rows; the job ends failed and a retry under its id imports it once', async () => {
    // 8 batches of 5,000: the kill lands after the first one is written and well before the last.
    const rows = 40_000;
    const csv = [
      'service_code,channel,date,category,text',
      ...Array.from({ length: rows }, (_, i) => `MOI-CR-001,counter,2026-09-01,long_waiting,complaint ${i}`),
    ].join('\n');
    const importId = randomUUID();
    const pm = apiClient(importApi.url, await signIn(importApi.url, 'pm', 'pm-demo-2026'));
    const request = pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv, fileName: 'big.csv', importId }).then(
      () => 'answered',
      () => 'cut off',
    );
    const job = () => appDb.selectFrom('cx_import_jobs').select(['status', 'rows_read']).where('id', '=', importId).executeTakeFirst();
    // Killed mid-import: batches have been written (progress shows them) inside the open transaction.
    await waitFor(
      'the import to be under way',
      async () => {
        const j = await job();
        return j !== undefined && j.rows_read > 0;
      },
      30_000,
      10,
    );
    await importApi.crash();
    expect(await request).toBe('cut off');
    const count = async (table: 'cx_complaints' | 'cx_imports') => {
      const { n } = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(table === 'cx_complaints' ? 'import_id' : 'id')} = ${importId}`
        .execute(appDb)
        .then((r) => r.rows[0]!);
      return n;
    };
    const leftBehind = { status: (await job())!.status, complaints: await count('cx_complaints'), imports: await count('cx_imports') };
    expect(leftBehind).toEqual({ status: 'running', complaints: 0, imports: 0 });

    // The API marks the job failed when it starts again; a retry under the same id then runs it.
    const url = await restart();
    await waitFor('the job to be marked failed', async () => (await job())?.status === 'failed', 30_000);
    const retried = await apiClient(url, await signIn(url, 'pm', 'pm-demo-2026')).cx.importCsv.mutate({
      kind: 'complaints',
      mode: 'refuse',
      csv,
      fileName: 'big.csv',
      importId,
    });
    console.log(
      `[faults] kill -9 during a ${rows}-row import: left behind ${JSON.stringify(leftBehind)}; after restart the job was failed; retry ${retried.status} ${retried.importedRows} rows`,
    );
    expect(retried).toMatchObject({ status: 'imported', importId, importedRows: rows });
    expect([await count('cx_complaints'), await count('cx_imports')]).toEqual([rows, 1]);
  });
});
