import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { newBabyBundle } from '../../seeds/bundles/index.ts';
import { bundleSchema } from '../../workflows/bundles/bundle.ts';
import { baselineFigures, bundleComparison } from '../../workflows/bundles/bundle-metrics.ts';
import { hasMessage } from '../api/access-matrix/message-keys.ts';
import { refusedWithIssues } from './refused-issues.ts';

describe.each(testDatabases())('life-event bundle import and export on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  let pm: ApiClient;

  /** Every row of the bundle tables and the audit trail, to prove a refusal wrote nothing. */
  const snapshot = async () =>
    JSON.stringify([
      await running.db.selectFrom('bundles').selectAll().orderBy('id').execute(),
      await running.db.selectFrom('bundle_designs').selectAll().orderBy('bundle_id').orderBy('version').execute(),
      await running.db.selectFrom('admin_changes').select('id').orderBy('id').execute(),
    ]);

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    admin = apiClient(running.url, await signIn(running.url, 'admin', 'admin-demo-2026'));
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('exports the seeds’ document shape, and importing the export changes nothing', async () => {
    const exported = await pm.bundles.export.query({ id: newBabyBundle.id });
    expect(exported.fileName).toBe('bundle.new_baby.json');
    expect(bundleSchema.parse(JSON.parse(exported.json))).toEqual(JSON.parse(JSON.stringify(newBabyBundle)));
    const before = await pm.bundles.get.query({ id: newBabyBundle.id });
    const rows = await snapshot();
    expect(await pm.bundles.import.mutate({ json: exported.json })).toEqual({ id: newBabyBundle.id, created: false, designsAppended: 0 });
    expect((await pm.bundles.export.query({ id: newBabyBundle.id })).json).toBe(exported.json);
    expect(await pm.bundles.get.query({ id: newBabyBundle.id })).toEqual(before);
    expect(await snapshot()).toBe(rows);
  });

  it('refuses a bad document with every problem at its JSON path, translated, and writes nothing', async () => {
    const before = await snapshot();
    const bad = structuredClone(JSON.parse(JSON.stringify(newBabyBundle)));
    bad.id = 'bundle.bad';
    delete bad.name.en;
    bad.services[1].providedBy = 'NOPE';
    bad.services[2].baseline.visits = -1;
    bad.designs[0].design.documents.push({
      documentId: 'mother-id',
      status: 'eliminated',
      heldBy: 'GHOST',
      basis: { kind: 'consent', reference: 'x' },
    });
    const schemaRefusal = await refusedWithIssues(pm.bundles.import.mutate({ json: JSON.stringify(bad) }));
    expect(schemaRefusal.code).toBe('BAD_REQUEST');
    expect(schemaRefusal.issues.map((i) => i.path)).toEqual(['name.en', 'services.2.baseline.visits']);

    // Shape right, references wrong: the register in the database is asked.
    bad.name.en = 'Bad bundle';
    bad.services[2].baseline.visits = 1;
    bad.participatingEntities.push('NOPE', 'GHOST');
    bad.participatingEntities.push('ZZZ');
    bad.governanceGroup.members.push('ZZZ');
    const refRefusal = await refusedWithIssues(pm.bundles.import.mutate({ json: JSON.stringify(bad) }));
    const n = newBabyBundle.participatingEntities.length;
    const m = newBabyBundle.governanceGroup.members.length;
    expect(refRefusal).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.registry.unknownEntity',
      issues: [
        { path: `participatingEntities.${n}`, message: 'errors.registry.unknownEntity' },
        { path: `participatingEntities.${n + 1}`, message: 'errors.registry.unknownEntity' },
        { path: `participatingEntities.${n + 2}`, message: 'errors.registry.unknownEntity' },
        { path: `governanceGroup.members.${m}`, message: 'errors.registry.unknownEntity' },
        { path: 'services.1.providedBy', message: 'errors.registry.unknownEntity' },
        {
          path: `designs.0.design.documents.${newBabyBundle.designs[0]!.design.documents.length}.heldBy`,
          message: 'errors.registry.unknownEntity',
        },
      ],
    });
    for (const key of [schemaRefusal.messageKey!, ...schemaRefusal.issues.map((i) => i.message), refRefusal.messageKey!]) {
      expect(hasMessage(key, 'en') && hasMessage(key, 'ar'), key).toBe(true);
    }
    expect(await refusal(pm.bundles.import.mutate({ json: '{"id": ' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.registry.notJson',
    });
    expect(await snapshot()).toBe(before);
  });

  it('never rewrites a recorded design version, and appends new ones', async () => {
    const doc = JSON.parse((await pm.bundles.export.query({ id: newBabyBundle.id })).json);
    const rewritten = structuredClone(doc);
    rewritten.designs[0].design.steps[0].typicalDays += 1;
    const refused = await refusedWithIssues(pm.bundles.save.mutate({ document: rewritten }));
    expect(refused.issues).toEqual([{ path: 'designs.0', message: 'errors.registry.designRewrite' }]);

    const next = structuredClone(doc.designs.at(-1));
    next.version = doc.designs.length + 1;
    next.recordedAt = '2026-11-30T09:00:00Z';
    next.workshopId = null;
    next.design.steps[0].typicalDays = 0;
    const saved = await pm.bundles.save.mutate({ document: { ...doc, designs: [...doc.designs, next] } });
    expect(saved).toEqual({ id: newBabyBundle.id, created: false, designsAppended: 1 });
    expect((await pm.bundles.get.query({ id: newBabyBundle.id })).history).toHaveLength(doc.designs.length + 1);
  });

  it('imports a new bundle with an entity the administrator created; its figures come from the domain functions', async () => {
    await admin.entities.admin.create.mutate({
      code: 'NDA',
      nameAr: 'هيئة البيانات الوطنية',
      nameEn: 'National Data Authority',
      type: 'authority',
      sector: 'government',
      deliversServices: true,
      parentEntityId: null,
    });
    const document = structuredClone(JSON.parse(JSON.stringify(newBabyBundle)));
    document.id = 'bundle.new_baby_nda';
    document.name = { ar: 'مولود جديد مع البيانات', en: 'A new baby, with data sharing' };
    document.participatingEntities.push('NDA');
    document.services[0].providedBy = 'NDA';
    document.designs = [];
    expect(await pm.bundles.import.mutate({ json: JSON.stringify(document) })).toEqual({
      id: 'bundle.new_baby_nda',
      created: true,
      designsAppended: 0,
    });
    const detail = await pm.bundles.get.query({ id: 'bundle.new_baby_nda' });
    const parsed = bundleSchema.parse(document);
    expect(detail.baseline).toEqual(baselineFigures(parsed));
    expect(detail.comparison).toEqual(bundleComparison(parsed));
    expect((await pm.bundles.list.query()).map((b) => b.id)).toContain('bundle.new_baby_nda');
    const trail = await running.db
      .selectFrom('admin_changes')
      .select(['action'])
      .where('subject_kind', '=', 'bundle')
      .where('subject_id', '=', 'bundle.new_baby_nda')
      .execute();
    expect(trail.map((t) => t.action)).toEqual(['created']);
  });
});
