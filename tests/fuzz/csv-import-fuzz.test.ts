import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { signIn } from '../support/api-client.ts';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { call, expectHandled, FuzzTally, fuzzRuns } from './fuzz-client.ts';
import { hostileNumber, hostileText } from './hostile-input.ts';

const complaintHeader = ['service_code', 'channel', 'date', 'category', 'text'];

/** A cell as a person or a broken exporter might write it: valid values, hostile text, and every kind of quoting. */
const cellText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'MOI-CR-001',
      'MOH-MC-001',
      'XXX-1',
      'counter',
      'web',
      'PHONE',
      'fax',
      '2026-09-01',
      '2026-02-30',
      'fees',
      'long_waiting',
      'Waited an hour',
      'انتظرت ساعة',
    ),
  },
  { weight: 1, arbitrary: hostileText },
);
const quoting = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('bare', 'quoted') },
  { weight: 1, arbitrary: fc.constantFrom('open-only', 'stray', 'after-close') },
);
const quoteStyles = {
  bare: (text: string) => text,
  quoted: (text: string) => `"${text.replaceAll('"', '""')}"`,
  'open-only': (text: string) => `"${text}`,
  stray: (text: string) => `${text}"${text}`,
  'after-close': (text: string) => `"${text}"x`,
};
const quotedCell = fc.tuple(cellText, quoting).map(([text, how]) => quoteStyles[how](text));
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

/** A CSV file: usually the right header and a few rows, sometimes a wrong header, sometimes noise. */
const csvFile = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.constantFrom(complaintHeader.join(','), `\uFEFF${complaintHeader.join(',')}`, 'service_code,channel', 'a,b,c'),
        fc.array(fc.array(quotedCell, { minLength: 4, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        lineBreak,
        fc.boolean(),
      )
      .map(([header, rows, br, trailing]) => [header, ...rows.map((r) => r.join(','))].join(br) + (trailing ? br : '')),
  },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.array(quotedCell, { maxLength: 12 }).map((cells) => cells.join(',')) },
);

/** Rows pushed as JSON: hostile keys, wrong types, huge numbers. */
const jsonRow = fc.oneof(
  fc.record({
    service_code: cellText,
    channel: cellText,
    date: cellText,
    category: cellText,
    text: fc.oneof(cellText, hostileNumber, fc.constant(null)),
  }),
  fc.dictionary(hostileText, fc.oneof(hostileText, hostileNumber, fc.constant(null)), { maxKeys: 6 }),
);

describe.each(testDatabases())('fuzzing the CSV and row imports through the API on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let pm: string;
  let moi: string;
  const count = async (table: 'cx_complaints' | 'cx_imports') =>
    Number(
      (
        await running.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const jobsRunning = async () =>
    Number(
      (
        await running.db
          .selectFrom('cx_import_jobs')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'running')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    await loadImprovementDemo(running.db);
    pm = await signIn(running.url, 'pm', 'pm-demo-2026');
    moi = await signIn(running.url, 'coord.moi', 'coord-demo-2026');
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  /** Imports one body and checks the answer and that the tables moved by exactly what was reported. */
  async function importOnce(procedure: 'cx.importCsv' | 'cx.importRows', body: string, tally: FuzzTally): Promise<void> {
    const before = { complaints: await count('cx_complaints'), imports: await count('cx_imports') };
    const answer = await call(running.url, pm, procedure, body);
    expectHandled(answer, body);
    const result = answer.data as { status: 'imported' | 'refused'; importedRows: number } | undefined;
    const imported = answer.status === 200 && result?.status === 'imported';
    tally.add(answer.status !== 200 ? `${answer.status} ${answer.messageKey}` : `200 ${result?.status}`);
    expect(await count('cx_complaints'), body).toBe(before.complaints + (imported ? result.importedRows : 0));
    expect(await count('cx_imports'), body).toBe(before.imports + (imported ? 1 : 0));
    expect(await jobsRunning(), 'no import job is left running').toBe(0);
  }

  it('answers every CSV file with an import, a refusal listing rows, or a 4xx with a key, writing all or nothing', async () => {
    const tally = new FuzzTally();
    await fc.assert(
      fc.asyncProperty(csvFile, fc.constantFrom('refuse', 'skip'), async (csv, mode) => {
        await importOnce('cx.importCsv', JSON.stringify({ kind: 'complaints', mode, csv }), tally);
      }),
      { numRuns: fuzzRuns.large },
    );
    console.info(`[fuzz] cx.importCsv on ${target.name}: ${tally.total} cases (${tally})`);
    expect(tally.total).toBeGreaterThanOrEqual(fuzzRuns.large);
  });

  it('answers every batch of JSON rows the same way', async () => {
    const tally = new FuzzTally();
    await fc.assert(
      fc.asyncProperty(fc.array(jsonRow, { maxLength: 5 }), fc.constantFrom('refuse', 'skip', 'all'), async (rows, mode) => {
        await importOnce('cx.importRows', JSON.stringify({ kind: 'complaints', mode, rows }), tally);
      }),
      { numRuns: fuzzRuns.medium },
    );
    console.info(`[fuzz] cx.importRows on ${target.name}: ${tally.total} cases (${tally})`);
    expect(tally.total).toBeGreaterThanOrEqual(fuzzRuns.medium);
  });

  it('answers every progress sheet with all rows applied, none, or a 4xx with a key', async () => {
    const tally = new FuzzTally();
    const codes = (await running.db.selectFrom('actions').select('code').where('entity_id', '=', 'ent-moi').execute()).map(
      (a) => a.code ?? '',
    );
    const progressCell = fc.oneof(fc.constantFrom(...codes, '10', '50%', '100', '-5', '101', 'in_progress', 'done', 'حسناً'), hostileText);
    const plausibleRow = fc
      .tuple(
        fc.constantFrom(...codes),
        fc.integer({ min: -5, max: 105 }),
        fc.constantFrom('', 'in_progress', 'done'),
        fc.oneof(fc.constant(''), cellText),
      )
      .map((cells) => cells.join(','));
    const anyRow = fc.array(fc.oneof(progressCell, quotedCell), { maxLength: 5 }).map((cells) => cells.join(','));
    const sheet = fc
      .tuple(
        fc.constantFrom('action,progress,status,comment', 'action,progress', 'x'),
        fc.array(fc.oneof({ weight: 3, arbitrary: plausibleRow }, { weight: 1, arbitrary: anyRow }), { minLength: 1, maxLength: 4 }),
        lineBreak,
      )
      .map(([header, rows, br]) => [header, ...rows].join(br));
    const events = async () =>
      Number(
        (
          await running.db
            .selectFrom('workflow_events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await fc.assert(
      fc.asyncProperty(fc.oneof(sheet, hostileText), async (csv) => {
        const before = await events();
        const body = JSON.stringify({ csv });
        const answer = await call(running.url, moi, 'actions.uploadProgress', body);
        expectHandled(answer, body);
        const applied = answer.status === 200 ? (answer.data as { applied: number }).applied : 0;
        tally.add(answer.status !== 200 ? `${answer.status} ${answer.messageKey}` : applied > 0 ? '200 applied' : '200 none applied');
        if (applied === 0) expect(await events(), body).toBe(before);
        else expect(await events(), body).toBeGreaterThan(before);
      }),
      { numRuns: fuzzRuns.medium },
    );
    console.info(`[fuzz] actions.uploadProgress on ${target.name}: ${tally.total} cases (${tally})`);
  });
});
