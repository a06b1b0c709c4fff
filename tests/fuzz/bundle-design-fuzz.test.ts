import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { newBabyBundle } from '../../seeds/bundles/new-baby.ts';
import { call, expectHandled, FuzzTally, fuzzRuns } from './fuzz-client.ts';
import { hostileDepth, hostileValue, nestedJson } from './hostile-input.ts';
import { mutatedDocument } from './document-mutations.ts';

const validDesign = () => structuredClone(newBabyBundle.designs[0]!.design);

/** The `design` of a SET_DESIGN event as JSON text: mutated designs, any value, or deep nesting. */
const designJson = fc.oneof(
  { weight: 6, arbitrary: mutatedDocument(validDesign).map((d) => JSON.stringify(d)) },
  { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: hostileDepth.map((d) => `{"platforms":${nestedJson(d)},"steps":[],"documents":[]}`) },
);

describe.each(testDatabases())('fuzzing bundle designs through the API on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let facilitator: string;
  let workshopId: string;
  /** The workshop's event log and its projection: a refused design changes neither. */
  const fingerprint = async () =>
    (
      await sql<{ f: string | null }>`select md5((select count(*) from workflow_events where instance_id = ${workshopId})::text || ':' ||
        (select coalesce(string_agg(state || ':' || version || ':' || snapshot::text, '|'), '') from workflow_instances where id = ${workshopId})) as f`.execute(
        running.db,
      )
    ).rows[0]!.f;

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    facilitator = await signIn(running.url, 'facilitator', 'facilitator-demo-2026');
    const fac = apiClient(running.url, facilitator);
    ({ id: workshopId } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { ar: 'ورشة', en: 'Workshop' },
      bundleId: 'bundle.new_baby',
    }));
    await fac.workshops.addRepresentative.mutate({ id: workshopId, userId: 'usr-coord-moi' });
    // planned -> invited -> discovery -> ideation -> voting -> prioritisation -> bundle design
    for (let i = 0; i < 6; i++) await fac.workshops.send.mutate({ id: workshopId, type: 'ADVANCE', payload: {} });
    expect((await fac.workshops.get.query({ id: workshopId })).phase).toBe('bundle_design');
    expect(
      (
        await call(
          running.url,
          facilitator,
          'workshops.send',
          JSON.stringify({ id: workshopId, type: 'SET_DESIGN', payload: { design: validDesign() } }),
        )
      ).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it('records each design, or refuses it with a key and leaves the workshop as it was', async () => {
    const tally = new FuzzTally();
    await fc.assert(
      fc.asyncProperty(designJson, async (design) => {
        const before = await fingerprint();
        const body = `{"id":${JSON.stringify(workshopId)},"type":"SET_DESIGN","payload":{"design":${design}}}`;
        const answer = await call(running.url, facilitator, 'workshops.send', body);
        expectHandled(answer, design);
        tally.add(answer.status === 200 ? '200 recorded' : `${answer.status} ${answer.messageKey}`);
        if (answer.status !== 200) expect(await fingerprint(), design).toBe(before);
      }),
      { numRuns: fuzzRuns.large },
    );
    console.info(`[fuzz] workshops.send SET_DESIGN on ${target.name}: ${tally.total} cases (${tally})`);
    expect(tally.total).toBeGreaterThanOrEqual(fuzzRuns.large);
  });
});
