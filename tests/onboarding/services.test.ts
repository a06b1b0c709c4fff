import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { csvFile, xlsxFile } from './files.ts';
import { servicesList } from '../../workflows/onboarding/services-list.ts';

const header = servicesList.columns.map((c) => c.key);
const service = (code: string, over: Partial<Record<string, string>> = {}) =>
  header.map(
    (k) =>
      ({
        code,
        owner_entity_code: 'MOI',
        name_ar: `خدمة ${code}`,
        name_en: `Service ${code}`,
        channels: 'counter; web',
        documents: 'doc.national_id; doc.personal_photo',
        fee_amount: '50',
        fee_currency: 'QAR',
        annual_volume: '1000',
        average_wait_minutes: '10',
        average_service_minutes: '5',
        satisfaction: '4',
        average_completion_days: '2',
        ...over,
      })[k] ?? '',
  );

describe.each(testDatabases())('bulk onboarding of catalogue services on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  const versions = async (code: string) =>
    (await running.db.selectFrom('service_versions').select('version').where('code', '=', code).orderBy('version').execute()).map(
      (v) => v.version,
    );
  const changes = async (code: string) =>
    (
      await running.db
        .selectFrom('admin_changes')
        .select('action')
        .where('subject_kind', '=', 'service')
        .where('subject_id', '=', code)
        .orderBy('id')
        .execute()
    ).map((c) => c.action);

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    admin = apiClient(running.url, await signIn(running.url, 'admin', 'admin-demo-2026'));
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('creates services at version 1, saves a changed card as the next version, and leaves an unchanged one alone', async () => {
    const rows = [service('MOI-BULK-A'), service('MOI-BULK-B', { fee_amount: '', channels: 'app' })];
    const first = await admin.onboarding.import.mutate({ list: 'services', mode: 'refuse', file: csvFile(header, rows) });
    expect(first).toMatchObject({ status: 'imported', badRows: 0, counts: { created: 2, updated: 0, unchanged: 0 } });
    expect(await versions('MOI-BULK-A')).toEqual([1]);
    expect(await changes('MOI-BULK-A')).toEqual(['created']);
    const stored = await running.db
      .selectFrom('services')
      .select(['definition', 'owner_entity_code'])
      .where('code', '=', 'MOI-BULK-B')
      .executeTakeFirstOrThrow();
    const definition = (typeof stored.definition === 'string' ? JSON.parse(stored.definition) : stored.definition) as {
      steps: { entityCode: string; channels: string[] }[];
      fees: unknown[];
    };
    expect(definition.steps).toEqual([expect.objectContaining({ entityCode: 'MOI', channels: ['app'] })]);
    expect(definition.fees).toEqual([]);

    const again = await admin.onboarding.import.mutate({ list: 'services', mode: 'refuse', file: await xlsxFile(header, rows) });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
    rows[0] = service('MOI-BULK-A', { satisfaction: '4.5' });
    const changed = await admin.onboarding.import.mutate({ list: 'services', mode: 'refuse', file: csvFile(header, rows) });
    expect(changed.counts).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(await versions('MOI-BULK-A')).toEqual([1, 2]);
    expect(await changes('MOI-BULK-A')).toEqual(['created', 'updated']);
  });

  it('refuses a service of an unknown owner or document, writing nothing', async () => {
    const before = await running.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const rows = [service('MOI-BULK-C'), service('MOI-BULK-D', { owner_entity_code: 'NOPE', documents: 'NO-SUCH-DOC' })];
    const report = await admin.onboarding.import.mutate({ list: 'services', mode: 'refuse', file: csvFile(header, rows) });
    expect(report.status).toBe('refused');
    expect(report.problems.map((p) => [p.row, p.column, p.messageKey])).toEqual([
      [3, 'owner_entity_code', 'errors.onboarding.unknown_entity'],
      [3, 'documents', 'errors.onboarding.unknown_document'],
    ]);
    const after = await running.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
