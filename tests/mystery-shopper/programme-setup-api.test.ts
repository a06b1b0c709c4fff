import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { createScenarios, onboardShoppers, shopperPassword, t } from './shopper-world.ts';

describe.each(testDatabases())('the programme manager’s setup of the mystery-shopper programme on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let scenarios: { centre: string; phone: string };
  let shopperIds: string[] = [];

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    scenarios = await createScenarios(pm);
    shopperIds = await onboardShoppers(pm, running.db, [
      { username: 'shopper01', employer: null, related: [] },
      { username: 'shopper02', employer: null, related: [] },
    ]);
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const scenario = async (id: string) => (await pm.mysteryShopper.scenarios.list.query()).find((s) => s.id === id)!;
  const changes = (subjectId: string) =>
    running.db.selectFrom('admin_changes').select('action').where('subject_id', '=', subjectId).orderBy('at').execute();

  it('rewords a scenario in one language (the other side follows), keeping its code and checklist; audited', async () => {
    const before = await scenario(scenarios.centre);
    await pm.mysteryShopper.scenarios.update.mutate({
      id: scenarios.centre,
      service: t('', 'تجديد جواز سفر منتهي'),
      persona: t('A retired citizen', ''),
    });
    const after = await scenario(scenarios.centre);
    expect(after).toEqual({
      ...before,
      service: { ar: 'تجديد جواز سفر منتهي', en: 'تجديد جواز سفر منتهي' },
      persona: { ar: 'A retired citizen', en: 'A retired citizen' },
    });
    expect((await changes(scenarios.centre)).map((c) => c.action)).toEqual(['created', 'updated']);
  });

  it('refuses a blank rewording and an unknown scenario with their keys, changing nothing', async () => {
    const before = await scenario(scenarios.phone);
    expect(
      await refusal(pm.mysteryShopper.scenarios.update.mutate({ id: scenarios.phone, service: t(' ', ''), persona: t('x', 'x') })),
    ).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.text.oneLanguageRequired' });
    expect(
      await refusal(pm.mysteryShopper.scenarios.update.mutate({ id: 'no-such-scenario', service: t('x', 'x'), persona: t('x', 'x') })),
    ).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.mysteryShopper.scenarioNotFound' });
    expect(await scenario(scenarios.phone)).toEqual(before);
  });

  // The person's creation and the shopper profile's are both recorded.
  it('takes a shopper out of the pool and back; only shoppers; their sign-in follows', async () => {
    const [out] = shopperIds;
    await pm.mysteryShopper.shoppers.setActive.mutate({ userId: out!, active: false });
    const pool = await pm.mysteryShopper.shoppers.list.query();
    expect(pool.map((s) => [s.username, s.active])).toEqual([
      ['shopper01', false],
      ['shopper02', true],
    ]);
    await expect(signIn(running.url, 'shopper01', shopperPassword)).rejects.toThrow();
    await pm.mysteryShopper.shoppers.setActive.mutate({ userId: out!, active: true });
    expect((await pm.mysteryShopper.shoppers.list.query()).every((s) => s.active)).toBe(true);
    expect((await changes(out!)).map((c) => c.action)).toEqual(['created', 'created', 'deactivated', 'reactivated']);

    // Another person is not the programme's to switch off.
    expect(await refusal(pm.mysteryShopper.shoppers.setActive.mutate({ userId: 'usr-coord-moi', active: false }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.mysteryShopper.shopperNotFound',
    });
    const coord = await running.db.selectFrom('users').select('active').where('id', '=', 'usr-coord-moi').executeTakeFirstOrThrow();
    expect(coord.active).toBe(true);
  });
});
