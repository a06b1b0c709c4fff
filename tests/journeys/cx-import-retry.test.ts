import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { failAbandonedImportJobs } from '../../api/cx/import-claim.ts';
import { startImportSweeper } from '../../api/cx/import-sweeper.ts';
import { waitFor } from '../faults/support/wait-for.ts';
import { importCxRows } from '../../api/cx/import-rows.ts';
import { readImportJob } from '../../api/cx/import-jobs.ts';

const good = [
  'service_code,channel,date,category,text',
  'MOI-CR-001,counter,2026-09-01,long_waiting,Waited an hour',
  'MOH-MC-001,web,2026-09-02,fees,Paid twice',
].join('\n');
const bad = ['service_code,channel,date,category,text', 'MOI-CR-001,counter,2026-02-30,long_waiting,30 February'].join('\n');

/** The hash PostgreSQL uses for the import's runner lock (api/cx/import-claim.ts). */
const importLockSpace = 0x43580001;

describe.each(testDatabases())('retrying a CX import under the same id on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let coordinator: ApiClient;
  const rowsOf = async (importId: string) =>
    Number(
      (
        await running.db
          .selectFrom('cx_complaints')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('import_id', '=', importId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const jobRows = async (importId: string) =>
    running.db.selectFrom('cx_import_jobs').select(['status', 'created_by']).where('id', '=', importId).execute();

  /** The row a process killed mid-import leaves: the job running, its transaction rolled back by the server. */
  const abandonedJob = async (importId: string, createdBy: string) =>
    running.db
      .insertInto('cx_import_jobs')
      .values({
        id: importId,
        kind: 'complaints',
        source: 'csv',
        mode: 'refuse',
        file_name: 'big.csv',
        status: 'running',
        rows_expected: 200_000,
        rows_read: 5000,
        rows_valid: 5000,
        rows_bad: 0,
        rows_imported: 0,
        bad_rows: '[]',
        missing_columns: '[]',
        created_by: createdBy,
        entity_id: null,
        started_at: new Date(Date.now() - 60_000),
        updated_at: new Date(Date.now() - 60_000),
        finished_at: null,
      })
      .execute();

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    coordinator = apiClient(running.url, await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('answers the first outcome again for an import that went through, writing nothing twice', async () => {
    const importId = randomUUID();
    const first = await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: good, fileName: 'good.csv', importId });
    expect(first).toMatchObject({ status: 'imported', importId, totalRows: 2, importedRows: 2 });
    const again = await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: good, fileName: 'good.csv', importId });
    expect(again).toEqual(first);
    expect(await rowsOf(importId)).toBe(2);
    expect(await jobRows(importId)).toEqual([{ status: 'imported', created_by: 'usr-pm' }]);
  });

  it('runs a refused import again under the same id once the file is fixed', async () => {
    const importId = randomUUID();
    expect(await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: bad, importId })).toMatchObject({ status: 'refused' });
    expect(await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: good, importId })).toMatchObject({
      status: 'imported',
      importedRows: 2,
    });
    expect(await rowsOf(importId)).toBe(2);
    expect(await pm.cx.progress.query({ importId })).toMatchObject({ status: 'imported', rowsImported: 2, badRows: [], done: true });
  });

  it('marks failed a job its dead process left running, and a retry under its id imports it', async () => {
    const importId = randomUUID();
    await abandonedJob(importId, 'usr-pm');
    expect(await failAbandonedImportJobs(running.db, target.name)).toEqual([importId]);
    expect(await pm.cx.progress.query({ importId })).toMatchObject({ status: 'failed', rowsImported: 0, done: true });
    const retried = await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: good, fileName: 'good.csv', importId });
    expect(retried).toMatchObject({ status: 'imported', importId, importedRows: 2 });
    expect(await rowsOf(importId)).toBe(2);
  });

  it('reports a dead process’s job as failed to whoever polls it, and a retry without a sweep still runs it', async () => {
    const polled = randomUUID();
    await abandonedJob(polled, 'usr-pm');
    expect(await pm.cx.progress.query({ importId: polled })).toMatchObject({ status: 'failed', done: true });
    const retried = randomUUID();
    await abandonedJob(retried, 'usr-pm');
    expect(await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: good, importId: retried })).toMatchObject({
      status: 'imported',
      importedRows: 2,
    });
  });

  it('checks a running import for a dead process without waiting on the import, and keeps it running', async () => {
    const importId = randomUUID();
    const seen: unknown[] = [];
    async function* rows() {
      for (let i = 0; i < 4; i++) {
        // Mid-import; on PGlite the import's transaction holds the only connection, so the check must not query.
        if (i === 2)
          seen.push(
            await failAbandonedImportJobs(running.db, target.name, [importId]),
            (await readImportJob(running.db, importId))?.status,
          );
        yield { service_code: 'MOI-CR-001', channel: 'counter', date: '2026-09-01', category: 'fees', text: `row ${i}` };
      }
    }
    const result = await importCxRows(running.db, rows(), {
      kind: 'complaints',
      mode: 'refuse',
      source: 'api',
      userId: 'usr-pm',
      at: new Date(),
      batchSize: 2,
      importId,
      progress: target.name === 'postgres' ? 'separate-connection' : 'process-memory',
    });
    expect([result.status, seen]).toEqual(['imported', [[], 'running']]);
  });

  it('refuses another user’s import id, changing nothing', async () => {
    const importId = randomUUID();
    await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: bad, importId });
    expect(await refusal(coordinator.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: good, importId }))).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.cx.import_id_taken',
    });
    expect(await jobRows(importId)).toEqual([{ status: 'refused', created_by: 'usr-pm' }]);
    expect(await rowsOf(importId)).toBe(0);
  });

  it.runIf(target.name === 'postgres')(
    'leaves alone a job another live process is running: no sweep fails it, a retry is told it runs',
    async () => {
      const importId = randomUUID();
      // Another API process: a connection of its own holding the id's runner lock, as import-claim.ts takes it.
      const other = new pg.Client({ connectionString: db.url! });
      await other.connect();
      try {
        await other.query('select pg_advisory_lock($1, hashtext($2))', [importLockSpace, importId]);
        await abandonedJob(importId, 'usr-pm');
        expect(await failAbandonedImportJobs(running.db, 'postgres')).toEqual([]);
        expect(await pm.cx.progress.query({ importId })).toMatchObject({ status: 'running', done: false });
        expect(await refusal(pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: good, importId }))).toEqual({
          code: 'CONFLICT',
          messageKey: 'errors.cx.import_running',
        });
      } finally {
        await other.end();
      }
      // That process is gone now (its connection closed): the job is abandoned.
      expect(await failAbandonedImportJobs(running.db, 'postgres')).toEqual([importId]);
    },
  );

  it.runIf(target.name === 'postgres')(
    'sweeps again soon while another process holds a running job, so one killed just before this start is failed in seconds',
    async () => {
      const importId = randomUUID();
      const other = new pg.Client({ connectionString: db.url! });
      await other.connect();
      await other.query('select pg_advisory_lock($1, hashtext($2))', [importLockSpace, importId]);
      await abandonedJob(importId, 'usr-pm');
      // The regular interval is an hour here: only the quick look-again can fail the job within the wait.
      const stop = startImportSweeper(running.db, 'postgres', 3_600_000, 200);
      try {
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect((await readImportJob(running.db, importId))?.status).toBe('running');
        await other.end();
        await waitFor(
          'the sweeper to fail the released job',
          async () => (await readImportJob(running.db, importId))?.status === 'failed',
          10_000,
        );
      } finally {
        stop();
      }
    },
  );
});
