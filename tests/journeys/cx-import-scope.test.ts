import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { joinAsGuest } from '../workshops/guest-session.ts';

const complaints = (service: string) =>
  `service_code,channel,date,category,text\n${service},counter,2026-09-01,long_waiting,Waited an hour\n`;
const logins = {
  admin: 'admin-demo-2026',
  pm: 'pm-demo-2026',
  'coord.moi': 'coord-demo-2026',
  'coord.moh': 'coord-demo-2026',
  assessor1: 'assessor-demo-2026',
  facilitator: 'facilitator-demo-2026',
  participant: 'participant-demo-2026',
  leader: 'leader-demo-2026',
} as const;
type Login = keyof typeof logins;

/** Past imports name files, authors and counts: each entity sees its own, the programme all, customers none. */
describe.each(testDatabases())('who sees which CX imports on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  const as = {} as Record<Login | 'guest', ApiClient>;
  const ids = { programme: '', moi: '', moh: '' };

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    for (const [user, password] of Object.entries(logins))
      as[user as Login] = apiClient(running.url, await signIn(running.url, user, password));
    const workshop = await as.facilitator.workshops.create.mutate({
      templateId: 'customer-voice',
      title: { ar: 'ورشة', en: 'Workshop' },
      bundleId: 'bundle.retirement',
    });
    as.guest = apiClient(running.url, (await joinAsGuest(running.url, workshop.inviteCode, 'Visitor')).cookie);

    const run = async (who: Login, service: string, fileName: string) => {
      const result = await as[who].cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv: complaints(service), fileName });
      expect(result.status).toBe('imported');
      return result.importId!;
    };
    ids.programme = await run('pm', 'MOI-CR-001', 'programme-wide.csv');
    ids.moi = await run('coord.moi', 'MOI-CR-001', 'moi-march.csv');
    ids.moh = await run('coord.moh', 'MOH-MC-001', 'moh-march.csv');
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const seen = async (who: Login | 'guest') => (await as[who].cx.imports.query()).map((i) => i.file_name).sort();

  it('shows a coordinator their entity’s imports and the programme’s, never another entity’s', async () => {
    expect(await seen('coord.moi')).toEqual(['moi-march.csv', 'programme-wide.csv']);
    expect(await seen('coord.moh')).toEqual(['moh-march.csv', 'programme-wide.csv']);
    expect((await as['coord.moi'].cx.jobs.query()).map((j) => j.fileName).sort()).toEqual(['moi-march.csv', 'programme-wide.csv']);
    expect(await refusal(as['coord.moi'].cx.progress.query({ importId: ids.moh }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.cx.import_unknown',
    });
  });

  it('shows the programme manager and the administrator every import', async () => {
    for (const who of ['pm', 'admin'] as const)
      expect(await seen(who), who).toEqual(['moh-march.csv', 'moi-march.csv', 'programme-wide.csv']);
  });

  it('shows nothing to guests, customers and staff outside the imports', async () => {
    for (const who of ['guest', 'participant', 'assessor1', 'facilitator', 'leader'] as const) {
      expect(await as[who].cx.imports.query(), who).toEqual([]);
    }
  });
});
