import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productDb } from '../../api/db/schema.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { postgresDatabase, type TestDatabase } from '../support/test-databases.ts';
import { startApiProcess, type ApiProcess } from './support/api-process.ts';
import { signInBoth, startedActions } from './support/progress-writers.ts';
import { waitFor } from './support/wait-for.ts';

const target = postgresDatabase();

/**
 * Every API process runs the timer scheduler; with two real processes racing on the same due
 * timers, each must fire exactly once. Uses the run's shared server (nothing here stops it).
 */
describe.runIf(target !== null)('two API processes sharing timers', () => {
  let db: TestDatabase;
  let apis: ApiProcess[] = [];

  beforeAll(async () => {
    db = await target!.create();
    await loadSeeds(productDb(db.db), { demoUsers: true });
    // Both tick every 50 ms, so they race for every timer the moment it falls due.
    apis = await Promise.all([startApiProcess(db.url!, { schedulerMs: 50 }), startApiProcess(db.url!, { schedulerMs: 50 })]);
  });
  afterAll(async () => {
    for (const api of apis) await api.crash();
    await db?.close();
  });

  it('fires each due timer exactly once', async () => {
    const count = 20;
    // Approving arms each action's deadline timer; all fall due at the same moment a few seconds on.
    const actions = await startedActions(await signInBoth(apis[0]!.url), count, { dueInMs: 5_000, start: false });
    const appDb = productDb(db.db);
    const fired = async () =>
      appDb
        .selectFrom('workflow_events')
        .select(['instance_id', 'event_type'])
        .where('instance_id', 'in', actions)
        .where('actor_id', 'is', null)
        .where('event_type', 'like', 'xstate.after.%')
        .execute();
    await waitFor('every deadline timer to fire', async () => (await fired()).length >= count, 30_000);
    // Both schedulers tick some 20 more times each: a second firing would show by then.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const events = await fired();
    const timers = await appDb
      .selectFrom('workflow_timers')
      .select(['instance_id', 'status'])
      .where('instance_id', 'in', actions)
      .where('status', '<>', 'pending')
      .execute();
    const perInstance = actions.map((id) => events.filter((e) => e.instance_id === id).length);
    console.log(
      `[faults] two API processes, ${count} due timers: fired events ${events.length}, timer rows ${JSON.stringify(countBy(timers.map((t) => t.status)))}`,
    );
    expect(perInstance).toEqual(actions.map(() => 1));
    expect(timers.map((t) => t.status).sort()).toEqual(actions.map(() => 'fired'));
    const states = await appDb.selectFrom('workflow_instances').select('state').where('id', 'in', actions).execute();
    expect(states.every((s) => s.state.includes('deadline.overdue'))).toBe(true);
    for (const api of apis) expect(api.isRunning()).toBe(true);
  });
});

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
