import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { importCxRows } from '../../api/cx/import-rows.ts';
import { readImportJob } from '../../api/cx/import-jobs.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { productDb } from '../../api/db/schema.ts';

// Six data rows (file lines 2..7): three good, three bad.
const mixed = [
  'service_code,channel,date,category,text',
  'MOI-CR-001,counter,2026-09-01,long_waiting,Waited an hour', // 2 good
  'MOI-CR-001,web,2026-02-30,fees,"Paid twice, no refund"', // 3 bad: 30 February
  'MOI-RP-001,PHONE,2026-09-03,repeated_documents,Same papers again', // 4 good (channel case-folded)
  'MOI-RP-001,fax,2026-09-04,,No category', // 5 bad: channel and category
  'XXX-1,counter,2026-09-05,fees,Unknown service', // 6 bad: not in the catalogue
  'MOH-MC-001,email,2026-09-06,staff_behaviour,"Line one\nline two"', // 7 good, quoted newline
].join('\n');

const expectedBad = [
  { row: 3, column: 'date', messageKey: 'cx_import.invalid_date' },
  { row: 5, column: 'category', messageKey: 'cx_import.required' },
  { row: 5, column: 'channel', messageKey: 'cx_import.invalid_channel' },
  { row: 6, column: 'service_code', messageKey: 'cx_import.unknown_service' },
];

describe.each(testDatabases())('CX import on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let participant: ApiClient;
  const count = async (table: 'cx_complaints' | 'cx_imports' | 'cx_survey_answers') =>
    Number(
      (
        await running.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    participant = apiClient(running.url, await signIn(running.url, 'participant', 'participant-demo-2026'));
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('refuses a file with bad rows whole, listing every bad cell, and writes nothing', async () => {
    const importId = randomUUID();
    const result = await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: mixed, fileName: 'mixed.csv', importId });
    expect(result).toMatchObject({ status: 'refused', importId: null, totalRows: 6, importedRows: 0, badRowCount: 3 });
    expect(result.badRows).toEqual(expectedBad);
    expect(await count('cx_complaints')).toBe(0);
    expect(await count('cx_imports')).toBe(0);
    // Expected rows are estimated from the 7 line breaks (one inside quotes) minus the header.
    // Rows 2 and 4 and 7 are valid, 3, 5 and 6 bad; the attempt stays listed with its report.
    expect(await pm.cx.progress.query({ importId })).toMatchObject({
      status: 'refused',
      rowsRead: 6,
      rowsExpected: 6,
      rowsValid: 3,
      rowsBad: 3,
      rowsImported: 0,
      done: true,
      badRows: expectedBad,
    });
    expect((await pm.cx.jobs.query()).find((j) => j.id === importId)).toMatchObject({
      status: 'refused',
      fileName: 'mixed.csv',
      rowsBad: 3,
    });
  });

  it('imports only the good rows when asked to skip the bad ones, with the same report', async () => {
    const result = await pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'skip', csv: mixed, fileName: 'mixed.csv' });
    expect(result).toMatchObject({ status: 'imported', totalRows: 6, importedRows: 3, skippedRows: 3, badRowCount: 3 });
    expect(result.badRows).toEqual(expectedBad);
    const rows = await running.db
      .selectFrom('cx_complaints')
      .select(['service_code', 'channel', 'date', 'category', 'text'])
      .where('import_id', '=', result.importId!)
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { service_code: 'MOI-CR-001', channel: 'counter', date: '2026-09-01', category: 'long_waiting', text: 'Waited an hour' },
      { service_code: 'MOI-RP-001', channel: 'phone', date: '2026-09-03', category: 'repeated_documents', text: 'Same papers again' },
      { service_code: 'MOH-MC-001', channel: 'email', date: '2026-09-06', category: 'staff_behaviour', text: 'Line one\nline two' },
    ]);
    const imp = await running.db.selectFrom('cx_imports').selectAll().where('id', '=', result.importId!).executeTakeFirstOrThrow();
    expect(imp).toMatchObject({
      kind: 'complaints',
      source: 'csv',
      file_name: 'mixed.csv',
      total_rows: 6,
      imported_rows: 3,
      skipped_rows: 3,
    });
  });

  it('refuses a file missing a column before reading any row', async () => {
    const result = await pm.cx.importCsv.mutate({
      kind: 'survey_answers',
      mode: 'skip',
      csv: 'service_code,centre_code,channel,date\nMOI-CR-001,MOI-C01,counter,2026-09-01',
    });
    expect(result).toMatchObject({ status: 'refused', importedRows: 0, missingColumns: ['satisfaction'] });
    expect(result.badRows).toEqual([{ row: 1, column: 'satisfaction', messageKey: 'cx_import.missing_column' }]);
    expect(await count('cx_survey_answers')).toBe(0);
  });

  it('takes JSON rows through the same validation', async () => {
    const result = await pm.cx.importRows.mutate({
      kind: 'survey_answers',
      mode: 'refuse',
      rows: [
        { service_code: 'MOI-CR-001', centre_code: 'MOI-C01', channel: 'counter', satisfaction: 4, date: '2026-09-02' },
        { service_code: 'MOI-CR-001', centre_code: 'NOPE-C9', channel: 'counter', satisfaction: 6, date: '2026-09-02' },
      ],
    });
    expect(result.status).toBe('refused');
    expect(result.badRows).toEqual([{ row: 3, column: 'satisfaction', messageKey: 'cx_import.out_of_range' }]);
    expect(await count('cx_survey_answers')).toBe(0);
  });

  it('rolls back earlier batches when a later batch holds a bad row (never half-written)', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => ({
      centre_code: 'MOI-C01',
      date: `2026-09-0${i + 1}`,
      transactions_served: String(100 + i),
      average_wait_minutes: '12.5',
      average_service_minutes: '7',
    }));
    rows.push({
      centre_code: 'MOI-C01',
      date: '2026-09-10',
      transactions_served: '-1',
      average_wait_minutes: '1',
      average_service_minutes: '1',
    });
    // Batches of 2: four batches are written inside the transaction before row 11 is found bad.
    const result = await importCxRows(running.db, rows, {
      kind: 'centre_operations',
      mode: 'refuse',
      source: 'api',
      userId: null,
      at: new Date(),
      batchSize: 2,
    });
    expect(result).toMatchObject({
      status: 'refused',
      totalRows: 10,
      badRowCount: 1,
      badRows: [{ row: 11, column: 'transactions_served', messageKey: 'cx_import.out_of_range' }],
    });
    expect(
      Number(
        (
          await running.db
            .selectFrom('cx_centre_operations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0);
    const skipped = await importCxRows(running.db, rows, {
      kind: 'centre_operations',
      mode: 'skip',
      source: 'api',
      userId: null,
      at: new Date(),
      batchSize: 2,
    });
    expect(skipped).toMatchObject({ status: 'imported', importedRows: 9, skippedRows: 1 });
  });

  it('shows an import’s progress per batch while it runs, from another process on a server', async () => {
    // A second connection stands for a second API process (a server only: PGlite is one process).
    const other = db.url ? await connectDatabase({ driver: 'postgres', url: db.url }) : null;
    const reader = productDb(other?.db ?? running.db);
    const seen: { status: string; rowsRead: number; rowsValid: number; rowsBad: number }[] = [];
    const importId = randomUUID();
    async function* rows() {
      for (let i = 0; i < 6; i++) {
        // Before yielding rows 3 and 5 (data rows index 2 and 4), two and four rows have been flushed.
        if (i === 2 || i === 4) {
          const job = await readImportJob(reader, importId);
          seen.push({ status: job!.status, rowsRead: job!.rowsRead, rowsValid: job!.rowsValid, rowsBad: job!.rowsBad });
        }
        yield {
          centre_code: 'MOI-C01',
          date: `2026-08-0${i + 1}`,
          transactions_served: i === 3 ? 'many' : '50',
          average_wait_minutes: '3',
          average_service_minutes: '4',
        };
      }
    }
    try {
      const result = await importCxRows(running.db, rows(), {
        kind: 'centre_operations',
        mode: 'skip',
        source: 'api',
        userId: 'usr-pm',
        at: new Date(),
        batchSize: 2,
        importId,
        rowsExpected: 6,
        progress: db.driver === 'postgres' ? 'separate-connection' : 'process-memory',
      });
      expect(result).toMatchObject({ status: 'imported', importedRows: 5, skippedRows: 1 });
    } finally {
      await other?.close();
    }
    // Batch 1 (rows 2,3) good; batch 2 (rows 4,5) holds the bad row 5 ('many').
    expect(seen).toEqual([
      { status: 'running', rowsRead: 2, rowsValid: 2, rowsBad: 0 },
      { status: 'running', rowsRead: 4, rowsValid: 3, rowsBad: 1 },
    ]);
    const stored = await running.db.selectFrom('cx_import_jobs').selectAll().where('id', '=', importId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'imported', rows_read: 6, rows_valid: 5, rows_bad: 1, rows_imported: 5 });
    expect(stored.bad_rows).toEqual([{ row: 5, column: 'transactions_served', messageKey: 'cx_import.not_a_number' }]);
    expect(stored.finished_at).not.toBeNull();
  });

  it('keeps a coordinator to their own entity’s services and centres', async () => {
    const moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    const result = await moi.cx.importRows.mutate({
      kind: 'survey_answers',
      mode: 'refuse',
      rows: [
        { service_code: 'MOI-CR-001', centre_code: 'MOI-C01', channel: 'counter', satisfaction: 4, date: '2026-09-02' },
        { service_code: 'MOH-MC-001', centre_code: 'MOH-C01', channel: 'counter', satisfaction: 2, date: '2026-09-02' },
      ],
    });
    expect(result.badRows).toEqual([
      { row: 3, column: 'centre_code', messageKey: 'cx_import.other_entity' },
      { row: 3, column: 'service_code', messageKey: 'cx_import.other_entity' },
    ]);
    expect(await count('cx_survey_answers')).toBe(0);
  });

  it('ranks services over a chosen period and channel, returning the formula’s parts', async () => {
    // January 2025 holds only these rows (the other tests import 2026 data).
    const c = (channel: string, date: string) => ({ service_code: 'MOI-CR-001', channel, date, category: 'long_waiting', text: 'x' });
    await pm.cx.importRows.mutate({
      kind: 'complaints',
      mode: 'refuse',
      rows: [
        c('counter', '2025-01-05'),
        c('counter', '2025-01-06'),
        c('counter', '2025-01-31'),
        c('web', '2025-01-07'),
        c('counter', '2025-02-01'),
      ],
    });
    const a = (channel: string, satisfaction: number) => ({
      service_code: 'MOI-CR-001',
      centre_code: 'MOI-C01',
      channel,
      satisfaction,
      date: '2025-01-15',
    });
    await pm.cx.importRows.mutate({
      kind: 'survey_answers',
      mode: 'refuse',
      rows: [a('counter', 2), a('counter', 2), a('counter', 2), a('web', 5)],
    });
    const annual = (await pm.services.get.query({ code: 'MOI-CR-001' })).definition.kpis.annualVolume;

    const r = await pm.services.prioritisation.query({ from: '2025-01-01', to: '2025-01-31', channel: 'counter' });
    expect(r.scope).toEqual({ from: '2025-01-01', to: '2025-01-31', channel: 'counter', days: 31 });
    expect(r.weightShares).toEqual({ volume: 0.25, dissatisfaction: 0.25, complaints: 0.25, strategic: 0.25 });
    const moi = r.services.find((s) => s.serviceCode === 'MOI-CR-001')!;
    // 3 of the 4 answers came by counter → share 0.75; volume = annual × 31/365 × 0.75.
    expect(moi.channelShare).toEqual({ share: 0.75, source: 'survey_mix' });
    expect(moi.candidate).toMatchObject({ volume: Math.round((annual * 31 * 0.75) / 365), satisfaction: 2, complaints: 3 });
    // Dissatisfaction 5 − 2 = 3; complaints: the three counter ones inside January (not web, not 1 February).
    expect(moi.factors.dissatisfaction.raw).toBe(3);
    expect(moi.factors.complaints.raw).toBe(3);
    // MOI-CR-001 is the only service with complaints in scope → it holds the maximum: normalised 1, contribution 0.25.
    expect(r.ranges.complaints).toEqual({ min: 0, max: 3 });
    expect(moi.factors.complaints).toEqual({ raw: 3, normalised: 1, weight: 0.25, contribution: 0.25 });
    for (const s of r.services)
      expect(s.score).toBeCloseTo(
        Object.values(s.factors).reduce((n, f) => n + f.contribution, 0),
        12,
      );

    // All channels in the same period: all four complaints of January count.
    const all = await pm.services.prioritisation.query({ from: '2025-01-01', to: '2025-01-31' });
    expect(all.services.find((s) => s.serviceCode === 'MOI-CR-001')!.candidate).toMatchObject({ complaints: 4, satisfaction: 2.75 }); // (2+2+2+5)/4
    expect(await refusal(pm.services.prioritisation.query({ from: '2025-02-01', to: '2025-01-01' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.journeys.period_reversed',
    });
    expect(await refusal(pm.services.prioritisation.query({ from: '2025-02-30' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.validation',
    });
  });

  it('lets only programme managers and coordinators import', async () => {
    expect(await refusal(participant.cx.importCsv.mutate({ kind: 'complaints', mode: 'skip', csv: mixed }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
  });
});
