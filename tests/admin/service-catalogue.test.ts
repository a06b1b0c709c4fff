import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { listServices } from '../../api/journeys/catalogue.ts';
import { referenceDocuments, referenceParties } from '../../api/catalogue/catalogue-references.ts';
import { hasMessage } from '../api/access-matrix/message-keys.ts';
import { refusedWithIssues } from './refused-issues.ts';

/** A service of an entity the seeds never heard of, asking for a document type created here too. */
const service = (over: Record<string, unknown> = {}) => ({
  code: 'NDA-DS-001',
  name: { ar: 'طلب مشاركة بيانات', en: 'Request a data-sharing agreement' },
  ownerEntityCode: 'NDA',
  channels: ['web'],
  steps: [
    { title: { ar: 'تقديم الطلب', en: 'Submit the request' }, entityCode: 'NDA', channels: ['web'], standardMinutes: 10 },
    { title: { ar: 'موافقة الجهة المالكة', en: 'Owner approval' }, entityCode: 'MOI', channels: ['web'], standardMinutes: 30 },
  ],
  documentIds: ['doc.data_request_form'],
  fees: [{ label: { ar: 'رسم الطلب', en: 'Request fee' }, amount: 50, currency: 'QAR' }],
  kpis: { annualVolume: 1200, averageWaitMinutes: 0, averageServiceMinutes: 40, satisfaction: 4.1, averageCompletionDays: 5 },
  slas: [
    {
      providerEntityCode: 'MOI',
      consumerEntityCode: 'NDA',
      subject: { ar: 'الرد على طلب البيانات', en: 'Answer the data request' },
      targetHours: 48,
      targetPercent: 90,
    },
  ],
  ...over,
});

const step = (over: Record<string, unknown>) => ({
  id: 's1',
  title: { ar: 'تقديم الطلب', en: 'Submit the request' },
  channel: 'web',
  entityId: 'NDA',
  visitRequired: false,
  documentIds: ['doc.data_request_form'],
  waitingMinutes: 0,
  handlingMinutes: 10,
  fee: 0,
  emotion: 0,
  ...over,
});

describe.each(testDatabases())('service catalogue administration on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  let pm: ApiClient;
  let coord: ApiClient;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    const client = async (username: string, password: string) => apiClient(running.url, await signIn(running.url, username, password));
    admin = await client('admin', 'admin-demo-2026');
    pm = await client('pm', 'pm-demo-2026');
    coord = await client('coord.moi', 'coord-demo-2026');
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('refuses a service that names an entity or a document the database does not hold, at each path', async () => {
    const refused = await refusedWithIssues(pm.services.admin.create.mutate({ definition: service() }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.issues).toEqual([
      { path: 'ownerEntityCode', message: 'errors.registry.unknownEntity' },
      { path: 'steps.0.entityCode', message: 'errors.registry.unknownEntity' },
      { path: 'documentIds.0', message: 'errors.registry.unknownDocument' },
      { path: 'slas.0.consumerEntityCode', message: 'errors.registry.unknownEntity' },
    ]);
    const shape = await refusedWithIssues(pm.services.admin.create.mutate({ definition: service({ steps: [], code: 'x' }) }));
    expect(shape.issues.map((i) => i.path)).toEqual(['code', 'steps']);
    for (const i of [...refused.issues, ...shape.issues]) expect(hasMessage(i.message, 'ar') && hasMessage(i.message, 'en')).toBe(true);
    expect(await running.db.selectFrom('services').select('code').where('code', '=', 'NDA-DS-001').execute()).toEqual([]);
  });

  it('creates a service of a new entity with a new document type, at version 1', async () => {
    await admin.entities.admin.create.mutate({
      code: 'NDA',
      nameAr: 'هيئة البيانات الوطنية',
      nameEn: 'National Data Authority',
      type: 'authority',
      sector: 'government',
      deliversServices: true,
      parentEntityId: null,
    });
    await pm.services.documentTypes.create.mutate({
      id: 'doc.data_request_form',
      nameAr: 'نموذج طلب البيانات',
      nameEn: 'Data request form',
      issuerEntityCode: 'NDA',
    });
    expect(await pm.services.admin.create.mutate({ definition: service() })).toEqual({ code: 'NDA-DS-001', version: 1 });
    expect((await coord.services.get.query({ code: 'NDA-DS-001' })).definition.name.en).toBe('Request a data-sharing agreement');
    expect(await pm.services.admin.versions.query({ code: 'NDA-DS-001' })).toEqual([expect.objectContaining({ version: 1 })]);
    expect(await refusal(pm.services.admin.create.mutate({ definition: service() }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.registry.codeTaken',
    });
  });

  it('saves each edit as a new version and keeps every older one readable', async () => {
    const renamed = service({ name: { ar: 'طلب اتفاقية مشاركة بيانات', en: 'Apply for a data-sharing agreement' } });
    expect(await pm.services.admin.update.mutate({ definition: renamed })).toEqual({ code: 'NDA-DS-001', version: 2 });
    // The same definition again (keys in another order) is no new version.
    const reordered = Object.fromEntries(Object.entries(renamed).reverse());
    expect(await pm.services.admin.update.mutate({ definition: reordered })).toEqual({ code: 'NDA-DS-001', version: 2 });
    expect((await pm.services.admin.versions.query({ code: 'NDA-DS-001' })).map((v) => v.version)).toEqual([2, 1]);
    expect((await pm.services.admin.version.query({ code: 'NDA-DS-001', version: 1 })).definition.name.en).toBe(
      'Request a data-sharing agreement',
    );
    expect((await coord.services.get.query({ code: 'NDA-DS-001' })).definition.name.en).toBe('Apply for a data-sharing agreement');
    const trail = await running.db
      .selectFrom('admin_changes')
      .select(['action', 'before', 'after'])
      .where('subject_kind', '=', 'service')
      .where('subject_id', '=', 'NDA-DS-001')
      .orderBy('id')
      .execute();
    expect(trail.map((t) => t.action)).toEqual(['created', 'updated']);
    expect(trail[1]).toMatchObject({ before: { version: 1 }, after: { version: 2 } });

    // A bad edit is refused at its path and leaves version 2 as it was.
    const bad = await refusedWithIssues(pm.services.admin.update.mutate({ definition: { ...renamed, documentIds: ['doc.nope'] } }));
    expect(bad.issues).toEqual([{ path: 'documentIds.0', message: 'errors.registry.unknownDocument' }]);
    expect((await coord.services.get.query({ code: 'NDA-DS-001' })).version).toBe(2);
  });

  it('checks journey map steps against the catalogue in the database, not the seeds', async () => {
    const { id } = await pm.journeys.start.mutate({
      key: 'data-sharing',
      entityId: 'ent-moi',
      serviceCodes: ['NDA-DS-001'],
      title: { ar: 'رحلة مشاركة البيانات', en: 'Data sharing journey' },
    });
    await coord.journeys.send.mutate({ id, type: 'BEGIN_MAPPING' });
    const map = (s: Record<string, unknown>) => ({
      journeyId: 'data-sharing',
      version: 'as_is',
      serviceCodes: ['NDA-DS-001'],
      title: { ar: 'رحلة مشاركة البيانات', en: 'Data sharing journey' },
      currency: 'QAR',
      stages: [{ id: 'apply', title: { ar: 'التقديم', en: 'Apply' }, steps: [step(s)] }],
    });
    // NDA and its form exist only because the administrator created them above.
    expect(await coord.journeys.saveMap.mutate({ id, map: map({}) })).toEqual({ version: 'as_is', steps: 1 });
    // Once the form is retired, a map may no longer ask for it.
    await pm.services.documentTypes.setRetired.mutate({ id: 'doc.data_request_form', retired: true });
    const refused = await refusedWithIssues(coord.journeys.saveMap.mutate({ id, map: map({ entityId: 'NOPE' }) }));
    expect(refused.issues).toEqual([
      { path: 'stages.0.steps.0.entityId', message: 'stepErrors.unknown_entity' },
      { path: 'stages.0.steps.0.documentIds.0', message: 'stepErrors.unknown_document' },
    ]);
    await pm.services.documentTypes.setRetired.mutate({ id: 'doc.data_request_form', retired: false });
  });

  it('retires a service: out of the catalogue list, still readable, not editable until restored', async () => {
    await pm.services.admin.setRetired.mutate({ code: 'NDA-DS-001', retired: true });
    expect((await coord.services.list.query()).map((s) => s.code)).not.toContain('NDA-DS-001');
    expect((await coord.services.get.query({ code: 'NDA-DS-001' })).retired).toBe(true);
    expect((await pm.services.admin.list.query()).find((s) => s.code === 'NDA-DS-001')).toMatchObject({ retired: true, version: 2 });
    expect(await refusal(pm.services.admin.update.mutate({ definition: service() }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.registry.serviceRetired',
    });
    await pm.services.admin.setRetired.mutate({ code: 'NDA-DS-001', retired: false });
    expect((await coord.services.list.query()).map((s) => s.code)).toContain('NDA-DS-001');
  });

  it('starts empty on a database nobody seeded', async () => {
    const empty = await target.create();
    try {
      const bare = await startTestApp(empty, { seed: false });
      try {
        expect(await listServices(bare.db, { includeRetired: true })).toEqual([]);
        expect(await referenceDocuments(bare.db)).toEqual([]);
        expect(await referenceParties(bare.db)).toEqual([]);
      } finally {
        await bare.close();
      }
    } finally {
      await empty.close();
    }
  });
});
