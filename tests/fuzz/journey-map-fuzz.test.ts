import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { call, expectHandled, FuzzTally, fuzzRuns } from './fuzz-client.ts';
import { hostileDepth, hostileValue, nestedJson } from './hostile-input.ts';
import { mutatedDocument } from './document-mutations.ts';

const step = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  title: { ar: `خطوة ${id}`, en: `Step ${id}` },
  channel: 'counter',
  entityId: 'MOI',
  visitRequired: true,
  documentIds: ['doc.national_id'],
  waitingMinutes: 20,
  handlingMinutes: 5,
  fee: 10,
  painPoints: [{ id: `pp-${id}`, text: { ar: 'انتظار', en: 'Waiting' } }],
  emotion: -1,
  ...over,
});

/** A valid as-is map of two stages and three steps: the seed every fuzzed map starts from. */
const asIs = () => ({
  version: 'as_is',
  serviceCodes: ['MOI-CR-001'],
  title: { ar: 'رحلة', en: 'Journey' },
  currency: 'QAR',
  stages: [
    {
      id: 'apply',
      title: { ar: 'التقديم', en: 'Apply' },
      steps: [step('s1'), step('s2', { entityId: 'HMC', channel: 'web', emotion: 2 })],
    },
    { id: 'collect', title: { ar: 'الاستلام', en: 'Collect' }, steps: [step('s3', { visitRequired: false })] },
  ],
});

/** The `map` field of journeys.saveMap as JSON text: mutated maps, any value at all, or deep nesting. */
const mapJson = fc.oneof(
  { weight: 6, arbitrary: mutatedDocument(asIs).map((m) => JSON.stringify(m)) },
  { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: hostileDepth.map((d) => `{"stages":[{"id":"x","title":${nestedJson(d)},"steps":[]}]}`) },
);

describe.each(testDatabases())('fuzzing journey maps through the API on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let moi: string;
  let journeyId: string;
  /** The journey's stored maps and its event count: a refused save changes neither. */
  const fingerprint = async () =>
    (
      await sql<{ f: string | null }>`select md5(coalesce(string_agg(version || ':' || map::text, '|' order by version), '') || ':' ||
        (select count(*) from workflow_events where instance_id = ${journeyId})) as f from journey_maps where journey_id = ${journeyId}`.execute(
        running.db,
      )
    ).rows[0]!.f;

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    ({ id: journeyId } = await pm.journeys.start.mutate({
      key: 'fuzz',
      entityId: 'ent-moi',
      serviceCodes: ['MOI-CR-001'],
      title: { ar: 'رحلة', en: 'Journey' },
    }));
    moi = await signIn(running.url, 'coord.moi', 'coord-demo-2026');
    await apiClient(running.url, moi).journeys.send.mutate({ id: journeyId, type: 'BEGIN_MAPPING' });
    // The unmutated map is accepted: the fuzz starts from a valid document.
    expect((await call(running.url, moi, 'journeys.saveMap', JSON.stringify({ id: journeyId, map: asIs() }))).status).toBe(200);
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it('saves each map, or refuses it with a key and keeps the stored map and history as they were', async () => {
    const tally = new FuzzTally();
    await fc.assert(
      fc.asyncProperty(mapJson, async (map) => {
        const before = await fingerprint();
        const body = `{"id":${JSON.stringify(journeyId)},"map":${map}}`;
        const answer = await call(running.url, moi, 'journeys.saveMap', body);
        expectHandled(answer, map);
        tally.add(answer.status === 200 ? '200 saved' : `${answer.status} ${answer.messageKey}`);
        if (answer.status !== 200) expect(await fingerprint(), map).toBe(before);
      }),
      { numRuns: fuzzRuns.large },
    );
    console.info(`[fuzz] journeys.saveMap on ${target.name}: ${tally.total} cases (${tally})`);
    expect(tally.total).toBeGreaterThanOrEqual(fuzzRuns.large);
  });
});
