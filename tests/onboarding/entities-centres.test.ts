import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { readSheet } from 'read-excel-file/node';
import { base64, csvFile, entityHeader, entityRows, xlsxFile } from './files.ts';

const centreHeader = ['code', 'entity_code', 'name_ar', 'name_en', 'model', 'channel', 'city_ar', 'city_en'];

describe.each(testDatabases())('bulk onboarding of entities and centres on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  const count = async (table: 'entities' | 'service_centres' | 'admin_changes') =>
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
    admin = apiClient(running.url, await signIn(running.url, 'admin', 'admin-demo-2026'));
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('imports 34 entities from a CSV, audits each, and says "unchanged" when the same file comes again', async () => {
    const before = { entities: await count('entities'), changes: await count('admin_changes') };
    const file = csvFile(entityHeader, entityRows(34));
    const first = await admin.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file });
    expect(first).toMatchObject({
      status: 'imported',
      totalRows: 34,
      badRows: 0,
      problems: [],
      counts: { created: 34, updated: 0, unchanged: 0 },
    });
    expect(await count('entities')).toBe(before.entities + 34);
    expect(await count('admin_changes')).toBe(before.changes + 34);
    const e07 = await running.db.selectFrom('entities').selectAll().where('code', '=', 'E07').executeTakeFirstOrThrow();
    expect(e07).toMatchObject({ id: 'ent-e07', name_ar: 'جهة رقم 07', name_en: 'Entity 07', type: 'ministry', delivers_services: true });
    const audit = await running.db.selectFrom('admin_changes').selectAll().where('subject_id', '=', 'ent-e07').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: 'usr-admin', subject_kind: 'entity', action: 'created', before: null });

    const again = await admin.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 34 });
    expect(await count('admin_changes')).toBe(before.changes + 34);

    // One name changed: one update, with the record before and after in its audit row.
    const rows = entityRows(34);
    rows[6]![2] = 'Entity Seven';
    const changed = await admin.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file: csvFile(entityHeader, rows) });
    expect(changed.counts).toEqual({ created: 0, updated: 1, unchanged: 33 });
    const trail = await running.db.selectFrom('admin_changes').selectAll().where('subject_id', '=', 'ent-e07').orderBy('id').execute();
    expect(trail.map((t) => t.action)).toEqual(['created', 'updated']);
    expect(trail[1]).toMatchObject({ before: { name_en: 'Entity 07' }, after: { name_en: 'Entity Seven' } });
  });

  it('refuses a file with bad rows as a whole, with the exact report, and writes nothing', async () => {
    const before = { entities: await count('entities'), changes: await count('admin_changes') };
    const rows = [
      ['N01', 'جهة جديدة', 'New One', 'ministry', 'health', ''],
      ['', 'بلا رمز', 'No Code', 'ministry', 'health', ''],
      ['N03', 'جهة', 'Bad Type', 'agency', 'health', 'maybe'],
      ['N01', 'مكررة', 'Repeated', 'council', 'social', 'no'],
    ];
    // Row 3 of the file is blank: it is skipped, and the rows after it keep their numbers.
    const file = base64(
      [entityHeader.join(','), rows[0]!.join(','), '', rows[1]!.join(','), rows[2]!.join(','), rows[3]!.join(',')].join('\r\n'),
    );
    const report = await admin.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file });
    expect(report.status).toBe('refused');
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(report.totalRows).toBe(4);
    expect(report.badRows).toBe(3);
    expect(report.problems).toEqual([
      { row: 4, column: 'code', messageKey: 'errors.onboarding.required', params: { column: 'code', value: '' } },
      {
        row: 5,
        column: 'type',
        messageKey: 'errors.onboarding.not_one_of',
        params: { column: 'type', value: 'agency', allowed: 'ministry, authority, council, municipality, corporation' },
      },
      {
        row: 5,
        column: 'delivers_services',
        messageKey: 'errors.onboarding.yes_no',
        params: { column: 'delivers_services', value: 'maybe', allowed: 'yes, no' },
      },
      { row: 6, column: 'code', messageKey: 'errors.onboarding.duplicate_in_file', params: { column: 'code', value: 'N01', other: 2 } },
    ]);
    expect(await count('entities')).toBe(before.entities);
    expect(await count('admin_changes')).toBe(before.changes);

    // Skip mode writes the one good row and reports the same problems.
    const skipped = await admin.onboarding.import.mutate({ list: 'entities', mode: 'skip', file });
    expect(skipped).toMatchObject({ status: 'imported', badRows: 3, counts: { created: 1, updated: 0, unchanged: 0 } });
    expect(skipped.problems).toEqual(report.problems);
    expect(await count('entities')).toBe(before.entities + 1);
    expect(await count('admin_changes')).toBe(before.changes + 1);
  });

  it('checks a file without writing, and imports centres from an Excel workbook against existing entities', async () => {
    const before = { centres: await count('service_centres'), changes: await count('admin_changes') };
    const rows = [
      ['E01-C01', 'E01', 'مركز الخدمة 1', 'Service Centre 1', 'on_premises', 'counter', 'العاصمة', 'Capital'],
      ['E02-R01', 'e02', 'تطبيق الجهة 2', 'Entity 2 App', 'remote', 'APP', '', ''],
      ['MOI-C99', 'MOI', 'مركز جديد', 'New Centre', 'on_premises', 'kiosk', 'الميناء', 'Port'],
      ['X-1', 'NOPE', 'مركز', 'Centre', 'on_premises', 'counter', '', ''],
    ];
    const file = await xlsxFile(centreHeader, rows);
    const checked = await admin.onboarding.check.mutate({ list: 'centres', file });
    expect(checked).toMatchObject({ status: 'checked', totalRows: 4, badRows: 1, counts: { created: 3, updated: 0, unchanged: 0 } });
    expect(checked.problems).toEqual([
      { row: 5, column: 'entity_code', messageKey: 'errors.onboarding.unknown_entity', params: { column: 'entity_code', value: 'NOPE' } },
    ]);
    expect(await count('service_centres')).toBe(before.centres);

    const done = await admin.onboarding.import.mutate({
      list: 'centres',
      mode: 'refuse',
      file: await xlsxFile(centreHeader, rows.slice(0, 3)),
    });
    expect(done.counts).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const app = await running.db.selectFrom('service_centres').selectAll().where('code', '=', 'E02-R01').executeTakeFirstOrThrow();
    expect(app).toMatchObject({ entity_id: 'ent-e02', model: 'remote', channel: 'app', city_ar: '' });
    expect(await count('admin_changes')).toBe(before.changes + 3);
    const again = await admin.onboarding.import.mutate({
      list: 'centres',
      mode: 'refuse',
      file: await xlsxFile(centreHeader, rows.slice(0, 3)),
    });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses hostile cells row by row, and unreadable or unknown-column files as a whole', async () => {
    const before = { entities: await count('entities'), changes: await count('admin_changes') };
    const rows = [
      ['H01', '=HYPERLINK("http://evil.example","x")', 'Formula', 'ministry', 'health', ''],
      ['H02', 'نص\u0000مخفي', 'Nul', 'ministry', 'health', ''],
      ['H03', 'ا'.repeat(100_000), 'Huge', 'ministry', 'health', ''],
      ['H04', '@SUM(A1)', '+1', 'ministry', 'health', ''],
    ];
    const report = await admin.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file: csvFile(entityHeader, rows) });
    expect(report.problems.map((p) => [p.row, p.column, p.messageKey])).toEqual([
      [2, 'name_ar', 'errors.onboarding.formula'],
      [3, 'name_ar', 'errors.onboarding.control_character'],
      [4, 'name_ar', 'errors.onboarding.too_long'],
      [5, 'name_ar', 'errors.onboarding.formula'],
      [5, 'name_en', 'errors.onboarding.formula'],
    ]);
    expect(report.problems[2]!.params).toMatchObject({ max: 200 });
    // A workbook cannot hold NUL (XML forbids it); a line break inside a one-line name is refused the same way.
    rows[1]![1] = 'سطر\nثان';
    const xlsx = await admin.onboarding.import.mutate({ list: 'entities', mode: 'skip', file: await xlsxFile(entityHeader, rows) });
    expect(xlsx.problems).toEqual(report.problems);
    expect(xlsx.counts).toEqual({ created: 0, updated: 0, unchanged: 0 });

    const whole = async (file: string) => refusal(admin.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file }));
    expect(await whole(csvFile([...entityHeader, 'colour'], [[...entityRows(1)[0]!, 'red']]))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.onboarding.unknown_column',
    });
    expect(await whole(csvFile(['code', 'name_ar'], [['Z1', 'س']]))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.onboarding.missing_column',
    });
    expect(await whole(csvFile(entityHeader, []))).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.onboarding.no_rows' });
    expect(await whole(base64(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.onboarding.unreadable_workbook',
    });
    expect(await whole(base64(Buffer.from([0x63, 0x6f, 0x64, 0x65, 0xff, 0xfe, 0x0a])))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.onboarding.not_utf8',
    });
    expect(await whole(base64(`${entityHeader.join(',')}\n"unclosed,x,y,ministry,health,\n`))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.csv.malformed',
    });
    const tooMany = csvFile(
      entityHeader,
      Array.from({ length: 5001 }, (_, i) => [`T${i}`, 'ت', 'T', 'ministry', 'health', '']),
    );
    expect(await whole(tooMany)).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.onboarding.too_many_rows' });
    // Past the route's cap, the body is refused before it is read whole.
    const res = await fetch(`${running.url}/trpc/onboarding.import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie: await signIn(running.url, 'admin', 'admin-demo-2026') },
      body: JSON.stringify({ list: 'entities', mode: 'refuse', file: 'A'.repeat(10 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await count('entities')).toBe(before.entities);
    expect(await count('admin_changes')).toBe(before.changes);
  });

  it('serves a template per list: a CSV header and a workbook whose second sheet explains the columns', async () => {
    const csv = await admin.onboarding.template.query({ list: 'centres', format: 'csv' });
    expect(csv.fileName).toBe('centres-template.csv');
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toBe(`\uFEFF${centreHeader.join(',')}\r\n`);
    const xlsx = await admin.onboarding.template.query({ list: 'entities', format: 'xlsx' });
    const bytes = Buffer.from(xlsx.base64, 'base64');
    expect(await readSheet(bytes, 1)).toEqual([entityHeader]);
    const notes = await readSheet(bytes, 2);
    expect(notes[0]).toEqual(['column', 'required', 'allowed_values', 'example', 'الشرح', 'notes']);
    expect(notes.map((r) => r[0])).toEqual(['column', ...entityHeader]);
    expect(notes.find((r) => r[0] === 'type')?.[2]).toBe('ministry, authority, council, municipality, corporation');
    // The template, filled in, imports as it is.
    const filled = await xlsxFile(entityHeader, [['TPL1', 'جهة النموذج', 'Template Entity', 'council', 'social', 'yes']]);
    expect((await admin.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file: filled })).counts.created).toBe(1);
  });

  it('is the administrator’s alone', async () => {
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    const file = csvFile(entityHeader, entityRows(1));
    expect(await refusal(pm.onboarding.import.mutate({ list: 'entities', mode: 'refuse', file }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
  });
});
