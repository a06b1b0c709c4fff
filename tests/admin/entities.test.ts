import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { hasMessage } from '../api/access-matrix/message-keys.ts';
import { refusedWithIssues } from './refused-issues.ts';

const entity = (over: Record<string, unknown> = {}) => ({
  code: 'NDA',
  nameAr: 'هيئة البيانات الوطنية',
  nameEn: 'National Data Authority',
  type: 'authority' as const,
  sector: 'government' as const,
  deliversServices: false,
  parentEntityId: null as string | null,
  ...over,
});

describe.each(testDatabases())('entity register administration on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  let pm: ApiClient;

  const count = async (table: 'entities' | 'admin_changes' | 'service_centres') =>
    Number(
      (
        await running.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

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

  it('creates an entity under a parent and records who did it, before and after', async () => {
    const created = await admin.entities.admin.create.mutate(entity({ parentEntityId: 'ent-gdb' }));
    expect(created).toMatchObject({ code: 'NDA', parentEntityId: 'ent-gdb', archived: false });
    const trail = await admin.entities.admin.history.query({ id: created.id });
    const adminUser = await running.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(trail).toEqual([expect.objectContaining({ action: 'created', actorId: adminUser.id, before: null, after: created })]);

    const edited = await admin.entities.admin.update.mutate({
      ...entity({ parentEntityId: 'ent-gdb', nameEn: 'National Data Office' }),
      id: created.id,
    });
    expect(edited.nameEn).toBe('National Data Office');
    const [, update] = await admin.entities.admin.history.query({ id: created.id });
    expect(update).toMatchObject({
      action: 'updated',
      before: { nameEn: 'National Data Authority' },
      after: { nameEn: 'National Data Office' },
    });
    expect((await admin.entities.list.query()).map((e) => e.code)).toContain('NDA');
  });

  it('refuses a taken code, a parent below the entity and bad fields, each at its field, and writes nothing', async () => {
    const [entities, changes] = [await count('entities'), await count('admin_changes')];
    const taken = await refusedWithIssues(admin.entities.admin.create.mutate(entity({ code: 'MOI' })));
    expect(taken).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.registry.codeTaken',
      issues: [{ path: 'code', message: 'errors.registry.codeTaken' }],
    });

    // NDA-LAB sits below NDA: NDA may not then sit below NDA-LAB.
    const nda = (await admin.entities.list.query()).find((e) => e.code === 'NDA')!;
    const lab = await admin.entities.admin.create.mutate(entity({ code: 'NDA-LAB', nameEn: 'Data lab', parentEntityId: nda.id }));
    const cycle = await refusedWithIssues(admin.entities.admin.update.mutate({ ...entity({ parentEntityId: lab.id }), id: nda.id }));
    expect(cycle.issues).toEqual([{ path: 'parentEntityId', message: 'errors.registry.parentCycle' }]);
    const self = await refusedWithIssues(admin.entities.admin.update.mutate({ ...entity({ parentEntityId: nda.id }), id: nda.id }));
    expect(self.issues).toEqual([{ path: 'parentEntityId', message: 'errors.registry.parentCycle' }]);

    const fields = await refusedWithIssues(
      admin.entities.admin.create.mutate({ ...entity({ code: 'bad code', nameAr: '  ' }), type: 'club' as never }),
    );
    expect(fields.code).toBe('BAD_REQUEST');
    expect(fields.issues.map((i) => [i.path, i.message])).toEqual([
      ['code', 'errors.registry.codeFormat'],
      ['nameAr', 'errors.registry.required'],
      ['type', 'errors.registry.unknownChoice'],
    ]);
    for (const key of [taken.messageKey!, ...cycle.issues.map((i) => i.message), ...fields.issues.map((i) => i.message)]) {
      expect(hasMessage(key, 'en'), key).toBe(true);
      expect(hasMessage(key, 'ar'), key).toBe(true);
    }
    // Only NDA-LAB and its audit row were written.
    expect([await count('entities'), await count('admin_changes')]).toEqual([entities + 1, changes + 1]);
    expect((await admin.entities.get.query({ id: nda.id })).parentEntityId).toBe('ent-gdb');
  });

  it('archives an entity that history refers to instead of deleting it: out of the pickers, still readable', async () => {
    // Entity X's coordinator, its centres and its seeded catalogue services refer to MOH.
    expect(await refusal(admin.entities.admin.archive.mutate({ id: 'ent-gdb' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.registry.hasActiveChildren',
    });
    const removed = await admin.entities.admin.remove.mutate({ id: 'ent-moh' });
    expect(removed).toMatchObject({ outcome: 'archive', entity: { code: 'MOH', archived: true } });

    expect((await pm.entities.list.query()).map((e) => e.id)).not.toContain('ent-moh');
    const all = await pm.entities.list.query({ includeArchived: true });
    expect(all.find((e) => e.id === 'ent-moh')).toMatchObject({ nameEn: 'Ministry of Public Health', archived: true });
    expect(await pm.entities.get.query({ id: 'ent-moh' })).toMatchObject({ code: 'MOH', archived: true });
    // The coordinator still belongs to it; its centres closed with it and left the open list.
    const coord = await running.db
      .selectFrom('user_roles')
      .innerJoin('users', 'users.id', 'user_roles.user_id')
      .select('user_roles.entity_id')
      .where('users.username', '=', 'coord.moh')
      .where('user_roles.role', '=', 'entity_coordinator')
      .executeTakeFirstOrThrow();
    expect(coord.entity_id).toBe('ent-moh');
    expect(await pm.entities.centres.list.query({ entityId: 'ent-moh' })).toEqual([]);
    expect((await pm.entities.centres.list.query({ entityId: 'ent-moh', includeInactive: true })).length).toBeGreaterThan(0);
    // A new service may no longer name it.
    const picker = await pm.services.reference.query();
    expect(picker.entities.map((e) => e.code)).not.toContain('MOH');

    // An archived entity is no parent for a new one; restoring brings it back.
    const orphan = await refusedWithIssues(admin.entities.admin.create.mutate(entity({ code: 'MOH-SUB', parentEntityId: 'ent-moh' })));
    expect(orphan.issues).toEqual([{ path: 'parentEntityId', message: 'errors.registry.archivedEntity' }]);
    await admin.entities.admin.restore.mutate({ id: 'ent-moh' });
    expect((await pm.entities.list.query()).map((e) => e.id)).toContain('ent-moh');
    expect((await admin.entities.admin.history.query({ id: 'ent-moh' })).map((c) => c.action)).toEqual(['archived', 'restored']);
  });

  it('deletes an entity nothing refers to (a typing slip)', async () => {
    const slip = await admin.entities.admin.create.mutate(entity({ code: 'TYPO', nameEn: 'Typo' }));
    expect(await admin.entities.admin.remove.mutate({ id: slip.id })).toEqual({ outcome: 'delete', entity: null });
    expect(await refusal(pm.entities.get.query({ id: slip.id }))).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    expect((await admin.entities.admin.history.query({ id: slip.id })).map((c) => c.action)).toEqual(['created', 'deleted']);
  });

  it('adds and closes service centres, with the rules of each model', async () => {
    const centre = {
      entityId: 'ent-moi',
      code: 'MOI-C99',
      nameAr: 'مركز الخدمات الشمالي',
      nameEn: 'North Service Centre',
      model: 'remote' as const,
      channel: 'counter' as const,
      cityAr: '',
      cityEn: '',
      active: true,
    };
    const before = await count('service_centres');
    const wrong = await refusedWithIssues(admin.entities.centres.create.mutate(centre));
    expect(wrong.issues).toEqual([{ path: 'channel', message: 'errors.registry.remoteCounter' }]);
    const noCity = await refusedWithIssues(admin.entities.centres.create.mutate({ ...centre, model: 'on_premises' }));
    expect(noCity.issues.map((i) => i.path)).toEqual(['cityAr', 'cityEn']);
    expect(await count('service_centres')).toBe(before);

    const created = await admin.entities.centres.create.mutate({ ...centre, model: 'on_premises', cityAr: 'الشمال', cityEn: 'North' });
    expect((await pm.entities.centres.list.query({ entityId: 'ent-moi' })).map((c) => c.code)).toContain('MOI-C99');
    await admin.entities.centres.update.mutate({
      ...centre,
      model: 'on_premises',
      cityAr: 'الشمال',
      cityEn: 'North',
      id: created.id,
      active: false,
    });
    expect((await pm.entities.centres.list.query({ entityId: 'ent-moi' })).map((c) => c.code)).not.toContain('MOI-C99');
    const trail = await running.db
      .selectFrom('admin_changes')
      .select(['action'])
      .where('subject_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(trail.map((t) => t.action)).toEqual(['created', 'updated']);
  });

  it('keeps an administrator’s edits when the server starts again and seeds run', async () => {
    const moi = (await admin.entities.list.query()).find((e) => e.code === 'MOI')!;
    await admin.entities.admin.update.mutate({
      ...entity({ code: 'MOI', nameEn: 'Ministry of the Interior (renamed)' }),
      id: moi.id,
      type: 'ministry',
      sector: 'security',
      deliversServices: true,
    });
    await loadSeeds(running.db, { demoUsers: true });
    expect((await pm.entities.get.query({ id: moi.id })).nameEn).toBe('Ministry of the Interior (renamed)');
  });

  it('refuses everyone but the administrator', async () => {
    expect(await refusal(pm.entities.admin.create.mutate(entity({ code: 'PMX' })))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
  });
});
