import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';

const entity = {
  code: 'NDA',
  nameAr: 'هيئة البيانات الوطنية',
  nameEn: 'National Data Authority',
  type: 'authority' as const,
  sector: 'government' as const,
  deliversServices: false,
  parentEntityId: null,
};

describe.each(testDatabases())('the administration trail on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    admin = apiClient(running.url, await signIn(running.url, 'admin', 'admin-demo-2026'));
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('shows who changed which record and which fields, newest first, by kind and by record', async () => {
    const created = await admin.entities.admin.create.mutate(entity);
    await admin.entities.admin.update.mutate({ ...entity, nameEn: 'National Data Office', id: created.id });
    const coordinator = (await admin.people.list.query({ search: 'coord.moh', limit: 5, offset: 0 })).people[0]!;
    await admin.people.setActive.mutate({ id: coordinator.id, active: false });

    const latest = await admin.adminChanges.list.query({ limit: 3 });
    expect(latest.items.map((c) => [c.subjectKind, c.action])).toEqual([
      ['person', 'deactivated'],
      ['entity', 'updated'],
      ['entity', 'created'],
    ]);
    expect(latest.items[1]).toMatchObject({
      subjectId: created.id,
      subjectName: { ar: 'هيئة البيانات الوطنية', en: 'National Data Office' },
      actor: { nameEn: expect.any(String) },
      changes: [{ field: 'nameEn', before: 'National Data Authority', after: 'National Data Office' }],
    });
    expect(latest.items[0]!.changes).toContainEqual({ field: 'active', before: true, after: false });

    const ofEntity = await admin.adminChanges.list.query({ subjectKind: 'entity', subjectId: created.id });
    expect(ofEntity.items.map((c) => c.action)).toEqual(['updated', 'created']);
    expect(ofEntity.nextCursor).toBeNull();
  });

  it('pages backwards without overlap or gap', async () => {
    const all = await admin.adminChanges.list.query({ limit: 200 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.adminChanges.list.query({ limit: 2, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((c) => c.id));
  });

  it('is the administrator’s alone, and refuses a malformed cursor without a server error', async () => {
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    expect(await refusal(pm.adminChanges.list.query({}))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(admin.adminChanges.list.query({ cursor: '1; drop table users' }))).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
