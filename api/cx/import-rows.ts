import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { validateHeader, validateRows } from '../../workflows/journeys/cx-import-rows.ts';
import type { BadCell, CentreOperationsRow, ComplaintRow, CxImportKind, SurveyRow } from '../../workflows/journeys/cx-import-rows.ts';
import { claimImportJob, finishImportJob, recordImportProgress, type ImportJobDetail, type ProgressChannel } from './import-jobs.ts';
import { asOnlyRunner, importBusy } from './import-claim.ts';
import { AppError } from '../trpc/app-error.ts';
import { emptyCsvRefusal } from '../spreadsheets/csv-refusals.ts';
import { checkExternalIds } from '../../workflows/journeys/cx-external-ids.ts';
import { claimExternalIds } from './external-ids.ts';
import { canCopyRows, copyRows } from '../../engine/db/copy-rows.ts';

export type ImportMode = 'refuse' | 'skip';

export interface ImportOptions {
  kind: CxImportKind;
  /** refuse: any bad row refuses the whole file; skip: bad rows are left out, the rest imported. */
  mode: ImportMode;
  source: 'csv' | 'api' | 'seed';
  fileName?: string | null;
  userId: string | null;
  at: Date;
  /** Chosen by the caller so it can poll progress while the import runs. */
  importId?: string;
  /** Rows per insert statement. */
  batchSize?: number;
  /** Lines in the file, for the progress bar. */
  rowsExpected?: number;
  /** An entity coordinator's entity: rows about other entities' services or centres are bad rows. */
  entityId?: string | null;
  /** The header when known up front (CSV); checked before any row. */
  header?: () => string[];
  /**
   * How per-batch progress reaches other requests: through another pooled connection on a
   * server, in process memory on PGlite (see api/cx/import-jobs.ts). Default: process memory.
   */
  progress?: ProgressChannel;
  /** The clock for progress timestamps (tests pass a fixed one). */
  now?: () => Date;
  /**
   * A push from an entity's system: every row carries `external_id`, and a row whose id the
   * entity already pushed (of this kind) is counted unchanged and not written again.
   */
  externalIds?: { entityId: string };
}

export interface ImportResult {
  status: 'imported' | 'refused';
  importId: string | null;
  totalRows: number;
  importedRows: number;
  /** Rows whose external id was already stored (pushes only): left as they were. */
  unchangedRows: number;
  skippedRows: number;
  /** Every bad cell, by row then column (the first `maxReported` of them). */
  badRows: BadCell[];
  badRowCount: number;
  missingColumns: string[];
}

/** A report of a million bad cells helps nobody and would not fit a response. */
export const maxReported = 5000;

class Refused extends Error {}

type Raw = Record<string, string | undefined>;

/**
 * The one import path (CSV upload, JSON rows, seeds, bench): validates row by row with the
 * pure validators, checks codes against the catalogue and the centres, and writes in batches
 * inside ONE transaction, so a refused or failed import leaves nothing behind.
 *
 * The import id is an idempotency key: a retry under the id of an import that went through
 * answers that import's outcome and writes nothing again; a retry of a refused or failed one
 * (a crashed process's included) runs it again; while it runs elsewhere a retry is refused
 * with `errors.cx.import_running`, and an id another user chose with `errors.cx.import_id_taken`.
 */
export async function importCxRows(db: DB, rows: AsyncIterable<Raw> | Iterable<Raw>, options: ImportOptions): Promise<ImportResult> {
  const importId = options.importId ?? randomUUID();
  const channel: ProgressChannel = db.isTransaction ? 'process-memory' : (options.progress ?? 'process-memory');
  // On a server the import's transaction runs on a connection of its own, which holds the
  // id's runner lock (import-claim.ts); progress and the job's end go through the pool.
  const outcome = await asOnlyRunner(db, importId, channel === 'separate-connection', (conn) =>
    runImport(db, conn, rows, { ...options, importId }, channel),
  );
  if (outcome === importBusy) throw new AppError('CONFLICT', 'errors.cx.import_running');
  return outcome;
}

async function runImport(
  db: DB,
  conn: DB,
  rows: AsyncIterable<Raw> | Iterable<Raw>,
  options: ImportOptions & { importId: string },
  channel: ProgressChannel,
): Promise<ImportResult> {
  const { importId } = options;
  const batchSize = options.batchSize ?? 5000;
  const known = await knownCodes(db);
  const now = options.now ?? (() => new Date());
  const counts = { rowsRead: 0, rowsExpected: options.rowsExpected ?? 0, rowsValid: 0, rowsBad: 0 };
  const bad: BadCell[] = [];
  let imported = 0;
  let unchanged = 0;
  const seenExternalIds = new Set<string>();
  let missing: string[] = [];
  // The job row is committed before the import's own transaction opens (see import-jobs.ts).
  const claim = await claimImportJob(db, channel, {
    id: importId,
    kind: options.kind,
    source: options.source,
    mode: options.mode,
    fileName: options.fileName ?? null,
    createdBy: options.userId,
    entityId: options.entityId ?? null,
    rowsExpected: counts.rowsExpected,
    at: options.at,
  });
  if (!claim.started) {
    if (claim.existing.createdBy !== options.userId) throw new AppError('CONFLICT', 'errors.cx.import_id_taken');
    return storedOutcome(claim.existing);
  }
  const finish = (status: 'imported' | 'refused' | 'failed') =>
    finishImportJob(db, importId, {
      ...counts,
      rowsExpected: status === 'imported' ? counts.rowsRead : Math.max(counts.rowsExpected, counts.rowsRead),
      status,
      rowsImported: status === 'imported' ? imported : 0,
      badRows: bad,
      missingColumns: missing,
      at: now(),
    });

  const note = (cells: BadCell[]) => {
    for (const c of cells) if (bad.length < maxReported) bad.push(c);
  };

  try {
    await inTransaction(conn, async (trx) => {
      await trx
        .insertInto('cx_imports')
        .values({
          id: importId,
          kind: options.kind,
          source: options.source,
          file_name: options.fileName ?? null,
          total_rows: 0,
          imported_rows: 0,
          skipped_rows: 0,
          created_by: options.userId,
          created_at: options.at,
        })
        .execute();
      let batch: Raw[] = [];
      let headerChecked = false;
      // The server writes one batch while this process reads and validates the next: the
      // two sides work at once instead of taking turns. One insert in flight at a time.
      let writing: Promise<void> = Promise.resolve();
      const flush = async () => {
        if (batch.length === 0) return;
        const firstRow = counts.rowsRead - batch.length + 2;
        const checked = validateRows(options.kind, batch, firstRow);
        const extra = catalogueProblems(options.kind, checked.good, known, options.entityId ?? null);
        const external = options.externalIds ? checkExternalIds(batch, firstRow, seenExternalIds) : null;
        const problems = [...checked.bad, ...extra, ...(external?.bad ?? [])];
        const badRows = new Set(problems.map((b) => b.row));
        counts.rowsBad += badRows.size;
        note(problems.sort((a, b) => a.row - b.row || (a.column < b.column ? -1 : 1)));
        let good = checked.good.filter((g) => !badRows.has(g.row));
        counts.rowsValid += good.length;
        // In refuse mode writing is pointless once a row is bad, but validating goes on to list them all.
        if (options.mode === 'skip' || counts.rowsBad === 0) {
          await writing;
          if (options.externalIds && external) {
            const idOf = (row: number) => external.ids.get(row)!;
            const fresh = await claimExternalIds(
              trx,
              options.externalIds.entityId,
              options.kind,
              importId,
              good.map((g) => idOf(g.row)),
            );
            unchanged += good.length - fresh.size;
            good = good.filter((g) => fresh.has(idOf(g.row)));
          }
          writing = writeBatch(
            trx,
            options.kind,
            importId,
            good.map((g) => g.value),
          );
          // Its failure is awaited (and thrown) at the next batch or the end, not reported as unhandled meanwhile.
          writing.catch(() => undefined);
          imported += good.length;
        }
        batch = [];
        await recordImportProgress(db, channel, importId, counts, now());
      };
      try {
        for await (const raw of rows as AsyncIterable<Raw>) {
          if (!headerChecked && options.header) {
            headerChecked = true;
            missing = validateHeader(options.kind, options.header()).missing;
            if (missing.length > 0) {
              note(missing.map((column) => ({ row: 1, column, messageKey: 'cx_import.missing_column' })));
              throw new Refused();
            }
          }
          counts.rowsRead += 1;
          batch.push(raw);
          if (batch.length >= batchSize) await flush();
        }
        await flush();
        await writing;
      } catch (err) {
        // The transaction rolls back only after the insert in flight is done with the connection.
        await writing.catch(() => undefined);
        throw err;
      }
      if (counts.rowsRead === 0) throw emptyCsvRefusal();
      if (options.mode === 'refuse' && counts.rowsBad > 0) throw new Refused();
      await trx
        .updateTable('cx_imports')
        .set({ total_rows: counts.rowsRead, imported_rows: imported, skipped_rows: counts.rowsBad })
        .where('id', '=', importId)
        .execute();
    });
  } catch (err) {
    // A file that cannot be read, or holds no rows, is the user's to fix: refused, not failed.
    if (err instanceof AppError) {
      await finish('refused');
      throw err;
    }
    if (!(err instanceof Refused)) {
      await finish('failed');
      throw err;
    }
    await finish('refused');
    return {
      status: 'refused',
      importId: null,
      totalRows: counts.rowsRead,
      importedRows: 0,
      unchangedRows: 0,
      skippedRows: 0,
      badRows: bad,
      badRowCount: counts.rowsBad,
      missingColumns: missing,
    };
  }
  await finish('imported');
  return {
    status: 'imported',
    importId,
    totalRows: counts.rowsRead,
    importedRows: imported,
    unchangedRows: unchanged,
    skippedRows: counts.rowsBad,
    badRows: bad,
    badRowCount: counts.rowsBad,
    missingColumns: [],
  };
}

/** What an import that went through answered, rebuilt from its job row. */
function storedOutcome(job: ImportJobDetail): ImportResult {
  return {
    status: 'imported',
    importId: job.id,
    totalRows: job.rowsRead,
    importedRows: job.rowsImported,
    unchangedRows: 0,
    skippedRows: job.rowsBad,
    badRows: job.badRows,
    badRowCount: job.rowsBad,
    missingColumns: [],
  };
}

interface KnownCodes {
  /** Code -> owning entity id. */
  services: Map<string, string>;
  centres: Map<string, string>;
}

async function knownCodes(db: DB): Promise<KnownCodes> {
  const [services, centres] = await Promise.all([
    db.selectFrom('services').select(['code', 'owner_entity_code']).execute(),
    db.selectFrom('service_centres').select(['code', 'entity_id']).execute(),
  ]);
  return {
    services: new Map(services.map((s) => [s.code, `ent-${s.owner_entity_code.toLowerCase()}`])),
    centres: new Map(centres.map((c) => [c.code, c.entity_id])),
  };
}

/** Well-formed rows that name a service or centre nobody knows. */
function catalogueProblems(
  kind: CxImportKind,
  good: { row: number; value: object }[],
  known: KnownCodes,
  entityId: string | null,
): BadCell[] {
  const out: BadCell[] = [];
  const check = (row: number, column: string, owner: string | undefined, unknownKey: string) => {
    if (owner === undefined) out.push({ row, column, messageKey: unknownKey });
    else if (entityId !== null && owner !== entityId) out.push({ row, column, messageKey: 'cx_import.other_entity' });
  };
  for (const { row, value } of good) {
    const v = value as Partial<SurveyRow & CentreOperationsRow>;
    if (kind !== 'centre_operations' && v.service_code !== undefined)
      check(row, 'service_code', known.services.get(v.service_code), 'cx_import.unknown_service');
    if (kind !== 'complaints' && v.centre_code !== undefined)
      check(row, 'centre_code', known.centres.get(v.centre_code), 'cx_import.unknown_centre');
  }
  return out;
}

/** Columns the import writes per kind, in the order `rowValues` lists them (after `import_id`). */
const copyColumns = {
  complaints: ['service_code', 'channel', 'date', 'category', 'text'],
  survey_answers: ['service_code', 'centre_code', 'channel', 'satisfaction', 'date'],
  centre_operations: ['centre_code', 'date', 'transactions_served', 'average_wait_minutes', 'average_service_minutes'],
} as const satisfies Record<CxImportKind, readonly string[]>;

const tables = { complaints: 'cx_complaints', survey_answers: 'cx_survey_answers', centre_operations: 'cx_centre_operations' } as const;

/** On a server the batch is streamed in with COPY (PostgreSQL's fastest path); embedded PGlite inserts it. */
async function writeBatch(db: DB, kind: CxImportKind, importId: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  if (!canCopyRows(db)) return insertBatch(db, kind, importId, rows);
  const columns = copyColumns[kind];
  const values = (rows as Record<string, string | number>[]).map((r) => [importId, ...columns.map((c) => r[c]!)]);
  await copyRows(db, tables[kind], ['import_id', ...columns], values);
}

/** One statement per batch: arrays unnested server-side, far cheaper than thousands of bound values. */
async function insertBatch(db: DB, kind: CxImportKind, importId: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  if (kind === 'complaints') {
    const r = rows as ComplaintRow[];
    await sql`insert into cx_complaints (import_id, service_code, channel, date, category, text)
      select ${importId}, u.* from unnest(${r.map((x) => x.service_code)}::text[], ${r.map((x) => x.channel)}::text[],
        ${r.map((x) => x.date)}::text[], ${r.map((x) => x.category)}::text[], ${r.map((x) => x.text)}::text[]) as u`.execute(db);
  } else if (kind === 'survey_answers') {
    const r = rows as SurveyRow[];
    await sql`insert into cx_survey_answers (import_id, service_code, centre_code, channel, satisfaction, date)
      select ${importId}, u.* from unnest(${r.map((x) => x.service_code)}::text[], ${r.map((x) => x.centre_code)}::text[],
        ${r.map((x) => x.channel)}::text[], ${r.map((x) => x.satisfaction)}::smallint[], ${r.map((x) => x.date)}::text[]) as u`.execute(db);
  } else {
    const r = rows as CentreOperationsRow[];
    await sql`insert into cx_centre_operations (import_id, centre_code, date, transactions_served, average_wait_minutes, average_service_minutes)
      select ${importId}, u.* from unnest(${r.map((x) => x.centre_code)}::text[], ${r.map((x) => x.date)}::text[],
        ${r.map((x) => x.transactions_served)}::int[], ${r.map((x) => x.average_wait_minutes)}::real[],
        ${r.map((x) => x.average_service_minutes)}::real[]) as u`.execute(db);
  }
}
