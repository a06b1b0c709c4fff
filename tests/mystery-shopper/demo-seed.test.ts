import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { loadSeeds } from '../../seeds/loader.ts';

describe.each(testDatabases())('the mystery-shopper demo seed on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let seedMs = 0;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    const started = performance.now();
    await loadSeeds(running.db, { demoUsers: true, demoMysteryShopper: true });
    seedMs = performance.now() - started;
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('plans a published period through the product: a pool, a library, reviewed visits, results and the annual report', async () => {
    console.info(`[mystery-shopper demo seed on ${target.name}] ${Math.round(seedMs)} ms`);
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    const pool = await pm.mysteryShopper.shoppers.list.query();
    expect(pool.map((s) => s.username)).toEqual(['shopper1', 'shopper2', 'shopper3']);
    expect(new Set(pool.map((s) => s.profile.nationalityGroup)).size).toBe(3);
    expect((await pm.mysteryShopper.scenarios.list.query()).map((s) => s.code)).toEqual(['demo-fees-call', 'demo-passport-renewal']);

    const [period] = await pm.mysteryShopper.periods.list.query();
    expect(period).toMatchObject({ planned: true, published: true, shortfalls: [] });
    const plan = await pm.mysteryShopper.periods.get.query({ id: period!.id });
    expect(plan.visits.map((v) => v.state).sort()).toEqual(['accepted', 'accepted', 'assigned', 'submitted']);

    // The accepted visits' failed items are gaps on their centres, and the results have scores.
    const findings = await running.db.selectFrom('gap_sources').select('item_id').where('kind', '=', 'mystery_shopper_finding').execute();
    expect(findings.length).toBeGreaterThan(0);
    const results = await pm.mysteryShopper.results.query({ periodIds: [period!.id] });
    expect(results.centres.filter((c) => c.score !== null).length).toBeGreaterThan(0);
    const year = Number(period!.startsOn.slice(0, 4));
    const report = await apiClient(running.url, null).mysteryShopper.annualReport.query({ entityId: 'ent-moi', year });
    expect(report.visits).toBeGreaterThan(0);

    // A shopper signs in with the printed password and finds their visits.
    const shopper = plan.visits.find((v) => v.state === 'assigned')!.shopperId;
    const username = pool.find((s) => s.id === shopper)!.username;
    const mine = await apiClient(running.url, await signIn(running.url, username, 'shopper-demo-2026')).mysteryShopper.visits.mine.query();
    expect(mine.length).toBeGreaterThan(0);
  });

  it('adds nothing when run again', async () => {
    const count = async () =>
      Promise.all(
        (['mystery_periods', 'mystery_visits', 'mystery_scenarios', 'mystery_shoppers'] as const).map(async (t) =>
          Number(
            (
              await running.db
                .selectFrom(t)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await count();
    await loadSeeds(running.db, { demoUsers: true, demoMysteryShopper: true });
    expect(await count()).toEqual(before);
  });
});
