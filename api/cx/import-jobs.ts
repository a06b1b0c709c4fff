import { sql, type Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CxImportJobsTable } from './tables.ts';
import type { BadCell, CxImportKind } from '../../workflows/journeys/cx-import-rows.ts';

/**
 * Import progress and history in `cx_import_jobs`.
 *
 * Why the writes go where they go: the rows of an import are written inside ONE transaction
 * (never half-written), so nothing written through that transaction is visible before it
 * commits. The job row is therefore written OUTSIDE it:
 * - its start is committed before the import's transaction opens;
 * - per batch, on a PostgreSQL server, the counts are updated through the pool, i.e. another
 *   connection in autocommit, so every API process polling the table sees them at once;
 * - the end (status, counts, bad-row report) is written after the transaction has committed
 *   or rolled back, so the history also holds refused and failed attempts.
 * Embedded PGlite has a single connection that the import's transaction holds until it ends
 * (a write through it would wait for the import: a deadlock), and its data directory is opened
 * by exactly one process. There the per-batch counts live in this process's memory, which
 * every request that could poll them shares; `readImportJob` lays them over the stored row.
 */
export interface ImportJobCounts {
  rowsExpected: number;
  rowsRead: number;
  rowsValid: number;
  rowsBad: number;
}

export type ImportJobStatus = 'running' | 'imported' | 'refused' | 'failed';

export interface ImportJob extends ImportJobCounts {
  id: string;
  kind: CxImportKind;
  source: string;
  mode: 'refuse' | 'skip';
  fileName: string | null;
  status: ImportJobStatus;
  rowsImported: number;
  createdBy: string | null;
  entityId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

export interface ImportJobDetail extends ImportJob {
  badRows: BadCell[];
  missingColumns: string[];
}

/** How the per-batch counts reach readers: see the comment above. */
export type ProgressChannel = 'separate-connection' | 'process-memory';

export interface NewImportJob {
  id: string;
  kind: CxImportKind;
  source: string;
  mode: 'refuse' | 'skip';
  fileName: string | null;
  createdBy: string | null;
  entityId: string | null;
  rowsExpected: number;
  at: Date;
}

/** Jobs whose counts live in this process while their import's transaction holds PGlite's only connection. */
const live = new Map<string, ImportJob>();

/**
 * Writes the job row as `running` and answers `started`, or answers the job as it stands when
 * it may not be (re)started: an import already imported under this id, or an id another user
 * chose. A refused or failed job is started again under the same id (nothing of it was
 * written), and so is a `running` one: the caller runs this as the id's only live runner
 * (see import-claim.ts), so a job still marked running was left by a dead process.
 */
export async function claimImportJob(
  db: DB,
  channel: ProgressChannel,
  job: NewImportJob,
): Promise<{ started: true } | { started: false; existing: ImportJobDetail }> {
  // A fresh start, whether the row is new or a refused/failed attempt starts again.
  const start = {
    kind: job.kind,
    source: job.source,
    mode: job.mode,
    file_name: job.fileName,
    status: 'running' as const,
    rows_expected: job.rowsExpected,
    rows_read: 0,
    rows_valid: 0,
    rows_bad: 0,
    rows_imported: 0,
    bad_rows: '[]',
    missing_columns: '[]',
    created_by: job.createdBy,
    entity_id: job.entityId,
    started_at: job.at,
    updated_at: job.at,
    finished_at: null,
  };
  const claimed = await db
    .insertInto('cx_import_jobs')
    .values({ id: job.id, ...start })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet(start)
        .where('cx_import_jobs.status', '<>', 'imported')
        .where(sql<boolean>`cx_import_jobs.created_by is not distinct from excluded.created_by`),
    )
    .returning('id')
    .executeTakeFirst();
  if (!claimed) {
    const existing = await readImportJob(db, job.id);
    if (!existing) throw new Error(`import job ${job.id} vanished while claimed`);
    return { started: false, existing };
  }
  if (channel === 'process-memory') {
    live.set(job.id, {
      id: job.id,
      kind: job.kind,
      source: job.source,
      mode: job.mode,
      fileName: job.fileName,
      status: 'running',
      rowsExpected: job.rowsExpected,
      rowsRead: 0,
      rowsValid: 0,
      rowsBad: 0,
      rowsImported: 0,
      createdBy: job.createdBy,
      entityId: job.entityId,
      startedAt: job.at,
      finishedAt: null,
    });
  }
  return { started: true };
}

export async function recordImportProgress(db: DB, channel: ProgressChannel, id: string, counts: ImportJobCounts, at: Date): Promise<void> {
  if (channel === 'process-memory') {
    const job = live.get(id);
    if (job) live.set(id, { ...job, ...counts });
    return;
  }
  await db
    .updateTable('cx_import_jobs')
    .set({
      rows_expected: counts.rowsExpected,
      rows_read: counts.rowsRead,
      rows_valid: counts.rowsValid,
      rows_bad: counts.rowsBad,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export interface ImportJobEnd extends ImportJobCounts {
  status: Exclude<ImportJobStatus, 'running'>;
  rowsImported: number;
  badRows: BadCell[];
  missingColumns: string[];
  at: Date;
}

export async function finishImportJob(db: DB, id: string, end: ImportJobEnd): Promise<void> {
  await db
    .updateTable('cx_import_jobs')
    .set({
      status: end.status,
      rows_expected: end.rowsExpected,
      rows_read: end.rowsRead,
      rows_valid: end.rowsValid,
      rows_bad: end.rowsBad,
      rows_imported: end.rowsImported,
      bad_rows: JSON.stringify(end.badRows),
      missing_columns: JSON.stringify(end.missingColumns),
      updated_at: end.at,
      finished_at: end.at,
    })
    .where('id', '=', id)
    .execute();
  live.delete(id);
}

const jobColumns = [
  'id',
  'kind',
  'source',
  'mode',
  'file_name',
  'status',
  'rows_expected',
  'rows_read',
  'rows_valid',
  'rows_bad',
  'rows_imported',
  'created_by',
  'entity_id',
  'started_at',
  'finished_at',
] as const;
type JobRow = Selectable<CxImportJobsTable>;

function toJob(r: Pick<JobRow, (typeof jobColumns)[number]>): ImportJob {
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    mode: r.mode,
    fileName: r.file_name,
    status: r.status,
    rowsExpected: Number(r.rows_expected),
    rowsRead: Number(r.rows_read),
    rowsValid: Number(r.rows_valid),
    rowsBad: Number(r.rows_bad),
    rowsImported: Number(r.rows_imported),
    createdBy: r.created_by,
    entityId: r.entity_id,
    startedAt: new Date(r.started_at),
    finishedAt: r.finished_at === null ? null : new Date(r.finished_at),
  };
}

/**
 * One job with its bad-row report. A job running in this process answers from memory without
 * touching the database: on PGlite the import's transaction holds the only connection.
 */
export async function readImportJob(db: DB, id: string): Promise<ImportJobDetail | null> {
  const running = live.get(id);
  if (running) return { ...running, badRows: [], missingColumns: [] };
  const row = await db.selectFrom('cx_import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return { ...toJob(row), badRows: row.bad_rows, missingColumns: row.missing_columns };
}

/** The latest jobs, newest first; `entityId` narrows to one entity's imports plus the programme-wide ones (no entity). */
export async function listImportJobs(db: DB, filter: { entityIds: readonly string[] | null; limit: number }): Promise<ImportJob[]> {
  let q = db.selectFrom('cx_import_jobs').select(jobColumns).orderBy('started_at', 'desc').limit(filter.limit);
  if (filter.entityIds !== null) {
    const entityIds = ['', ...filter.entityIds];
    q = q.where((eb) => eb.or([eb('entity_id', 'in', entityIds), eb('entity_id', 'is', null)]));
  }
  return (await q.execute()).map(toJob);
}
