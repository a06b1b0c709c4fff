import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { csvFile, entityHeader, entityRows, peopleHeader, peopleRows, xlsxFile } from './files.ts';

describe.each(testDatabases())('bulk onboarding of people with their roles on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  const count = async (table: 'users' | 'admin_changes') =>
    Number(
      (
        await running.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** A person's roles as the import reads them back, in the file's notation. */
  const rolesOf = async (username: string) => {
    const { rolesByUser } = await import('../../api/onboarding/person-grants.ts');
    const user = await running.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    return (await rolesByUser(running.db, [user.id])).get(user.id)!.map((r) => (r.entityCode ? `${r.role}:${r.entityCode}` : r.role));
  };

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    admin = apiClient(running.url, await signIn(running.url, 'admin', 'admin-demo-2026'));
    const entities = await admin.onboarding.import.mutate({
      list: 'entities',
      mode: 'refuse',
      file: csvFile(entityHeader, entityRows(34)),
    });
    expect(entities.counts.created).toBe(34);
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('brings in 150 people across 34 entities from one CSV, and nothing changes when it comes again', async () => {
    const before = { users: await count('users'), changes: await count('admin_changes') };
    const file = csvFile(peopleHeader, peopleRows(150, 'p'));
    const started = performance.now();
    const report = await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file });
    console.info(`[onboarding ${target.name}] 150 people from CSV imported in ${Math.round(performance.now() - started)} ms`);
    expect(report).toMatchObject({ status: 'imported', totalRows: 150, badRows: 0, counts: { created: 150, updated: 0, unchanged: 0 } });
    expect(await count('users')).toBe(before.users + 150);
    expect(await count('admin_changes')).toBe(before.changes + 150);
    const p035 = await running.db.selectFrom('users').selectAll().where('username', '=', 'p035').executeTakeFirstOrThrow();
    expect(p035).toMatchObject({ email: 'p035@e01.example', display_name_ar: 'موظف 035', password_hash: null, active: true, locale: 'ar' });
    expect(await rolesOf('p001')).toEqual(['entity_coordinator:E01']);
    expect(await rolesOf('p037')).toEqual(['assessor:E03']);
    expect(await rolesOf('p038')).toEqual(['facilitator']);
    expect(await rolesOf('p039')).toEqual(['participant:E05']);
    expect(await rolesOf('p041')).toEqual(['assessor', 'entity_coordinator:E07']);
    const entitiesCovered = new Set(peopleRows(150, 'p').map((r) => r[1]!.split('@')[1]));
    expect(entitiesCovered.size).toBe(34);

    const started2 = performance.now();
    const again = await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file });
    console.info(`[onboarding ${target.name}] the same 150 people again (all unchanged) in ${Math.round(performance.now() - started2)} ms`);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 150 });
    expect(await count('admin_changes')).toBe(before.changes + 150);
  });

  it('brings in 150 people from one Excel workbook the same way', async () => {
    const file = await xlsxFile(peopleHeader, peopleRows(150, 'x'));
    const started = performance.now();
    const report = await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file });
    console.info(`[onboarding ${target.name}] 150 people from XLSX imported in ${Math.round(performance.now() - started)} ms`);
    expect(report.counts).toEqual({ created: 150, updated: 0, unchanged: 0 });
    expect((await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file })).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 150,
    });
  });

  it('reports every bad person row exactly and writes none of the file', async () => {
    const holder = [['holder', 'holder@e01.example', 'حامل', 'Holder', 'facilitator', 'en']];
    await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file: csvFile(peopleHeader, holder) });
    const before = { users: await count('users'), changes: await count('admin_changes') };
    const rows = peopleRows(6, 'bad');
    rows[0]![4] = 'entity_coordinator'; // no entity
    rows[1]![4] = 'assessor; wizard'; // not a role
    rows[2]![4] = 'participant:ZZZ'; // unknown entity
    rows[3]![1] = 'Holder@E01.example'; // someone else's address
    rows[4]![1] = rows[5]![1]!; // twice in the file
    rows[5]![0] = 'Bad Name!';
    const report = await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file: csvFile(peopleHeader, rows) });
    expect(report.status).toBe('refused');
    expect(report.problems).toEqual([
      {
        row: 2,
        column: 'roles',
        messageKey: 'errors.onboarding.role_needs_entity',
        params: { column: 'roles', value: 'entity_coordinator' },
      },
      { row: 3, column: 'roles', messageKey: 'errors.onboarding.unknown_role', params: { column: 'roles', value: 'wizard' } },
      { row: 4, column: 'roles', messageKey: 'errors.onboarding.unknown_entity', params: { column: 'roles', value: 'ZZZ' } },
      {
        row: 5,
        column: 'email',
        messageKey: 'errors.onboarding.email_taken',
        params: { column: 'email', value: 'holder@e01.example', other: 'holder' },
      },
      { row: 7, column: 'username', messageKey: 'errors.onboarding.username_format', params: { column: 'username', value: 'Bad Name!' } },
    ]);
    expect(report.badRows).toBe(5);
    expect(await count('users')).toBe(before.users);
    expect(await count('admin_changes')).toBe(before.changes);
  });

  it('updates a changed person and replaces their roles, audited with before and after', async () => {
    const rows = peopleRows(150, 'p');
    rows[1]![4] = 'entity_coordinator:E02; facilitator';
    rows[1]![3] = 'Officer Two';
    const report = await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file: csvFile(peopleHeader, rows) });
    expect(report.counts).toEqual({ created: 0, updated: 1, unchanged: 149 });
    expect(await rolesOf('p002')).toEqual(['entity_coordinator:E02', 'facilitator']);
    const user = await running.db.selectFrom('users').select('id').where('username', '=', 'p002').executeTakeFirstOrThrow();
    const trail = await running.db.selectFrom('admin_changes').selectAll().where('subject_id', '=', user.id).orderBy('id').execute();
    expect(trail.map((t) => [t.subject_kind, t.action])).toEqual([
      ['person', 'created'],
      ['person', 'updated'],
    ]);
    expect(trail[1]).toMatchObject({
      actor_id: 'usr-admin',
      before: { name_en: 'Officer 002', roles: ['entity_coordinator:E02'] },
      after: { name_en: 'Officer Two', roles: ['entity_coordinator:E02', 'facilitator'] },
    });
  });
});
