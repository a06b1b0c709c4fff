/**
 * Imports survey answers from a CSV file through the product's import path (csv-parse stream,
 * row-by-row validation, each batch streamed in with COPY FROM STDIN in one transaction, the next batch validated while
 * the server writes the previous one) and compares rows per second with
 * PostgreSQL's own `COPY` of the same file into the same table on the same server.
 * `npm run bench:import [-- --rows=1000000 --batch=5000]`. Not part of `npm test`.
 *
 * The COPY baseline reads the file server-side (`COPY ... FROM '<file>'`), so the server must
 * run on this machine and the role must be allowed to read server files (the throwaway
 * cluster's superuser is).
 */
import { chmodSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb } from '../../api/db/schema.ts';
import { csvRecords } from '../../api/cx/csv-records.ts';
import { importCxRows } from '../../api/cx/import-rows.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { serverDatabase } from '../support/server-database.ts';
import { textTable } from '../support/text-table.ts';
import { writeSurveyFile } from './survey-file.ts';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const rows = option('rows', 1_000_000);
const batchSize = option('batch', 5000);
const server = await serverDatabase();
const handle = await connectDatabase({ driver: 'postgres', url: server.url });
const dir = mkdtempSync(join(tmpdir(), 'tamayuz-import-bench-'));
try {
  await migrateToLatest(handle.db, allMigrations);
  const db = productDb(handle.db);
  await loadSeeds(db, { demoUsers: false });
  const services = (await db.selectFrom('services').select('code').execute()).map((s) => s.code);
  const centres = (await db.selectFrom('service_centres').select('code').execute()).map((c) => c.code);
  const file = join(dir, 'survey.csv');
  const bytes = await writeSurveyFile(file, rows, services, centres);
  // The server process (another OS user) reads the file for COPY.
  chmodSync(dir, 0o755);
  const count = async () => Number((await sql<{ n: string }>`select count(*) as n from cx_survey_answers`.execute(db)).rows[0]!.n);

  // The product's path: streamed, validated, batched, one transaction.
  const parsed = csvRecords(createReadStream(file));
  let started = performance.now();
  const result = await importCxRows(db, parsed.records, {
    kind: 'survey_answers',
    mode: 'refuse',
    source: 'csv',
    fileName: 'survey.csv',
    userId: null,
    at: new Date(),
    batchSize,
    header: parsed.header,
  });
  const importSeconds = (performance.now() - started) / 1000;
  if (result.status !== 'imported' || result.importedRows !== rows || (await count()) !== rows)
    throw new Error(`import did not write ${rows} rows: ${JSON.stringify({ ...result, badRows: result.badRows.slice(0, 5) })}`);

  // Baseline: the same file, the same table, emptied first; COPY is given the import id as a default.
  await sql`truncate cx_survey_answers`.execute(db);
  await sql`alter table cx_survey_answers alter column import_id set default ${sql.lit(result.importId!)}`.execute(db);
  started = performance.now();
  await sql`copy cx_survey_answers (service_code, centre_code, channel, satisfaction, date) from ${sql.lit(file)} with (format csv, header true)`.execute(
    db,
  );
  const copySeconds = (performance.now() - started) / 1000;
  await sql`alter table cx_survey_answers alter column import_id drop default`.execute(db);
  if ((await count()) !== rows) throw new Error('COPY did not write every row');

  const importRate = rows / importSeconds;
  const copyRate = rows / copySeconds;
  console.log(
    `bench:import — ${rows.toLocaleString('en')} survey rows (${(bytes / 1e6).toFixed(1)} MB CSV), PostgreSQL (${server.origin}), batch ${batchSize}, ${cpus().length} CPUs`,
  );
  console.log(
    textTable(
      ['path', 'seconds', 'rows/s', 'vs COPY'],
      [
        [
          'import path (csv-parse + row check, COPY per batch overlapped, 1 transaction)',
          importSeconds.toFixed(2),
          Math.round(importRate).toLocaleString('en'),
          (importRate / copyRate).toFixed(3),
        ],
        ['COPY FROM file (baseline)', copySeconds.toFixed(2), Math.round(copyRate).toLocaleString('en'), '1.000'],
      ],
    ),
  );
  const ratio = importRate / copyRate;
  console.log(
    `ratio import/COPY = ${ratio.toFixed(3)} (COPY is ${(copyRate / importRate).toFixed(1)}x faster; goal >= 0.6): ${ratio >= 0.6 ? 'PASS' : 'FAIL'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await handle.close();
  await server.close();
}
