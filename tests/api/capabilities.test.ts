import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import type { Capability } from '../../api/access/capabilities.ts';

const people = [
  { username: 'admin', password: 'admin-demo-2026' },
  { username: 'pm', password: 'pm-demo-2026' },
  { username: 'assessor1', password: 'assessor-demo-2026' },
  { username: 'coord.moi', password: 'coord-demo-2026' },
  { username: 'facilitator', password: 'facilitator-demo-2026' },
  { username: 'participant', password: 'participant-demo-2026' },
  { username: 'leader', password: 'leader-demo-2026' },
] as const;

/** What each demo person may do, as the product's roles define it. */
const expected: Record<(typeof people)[number]['username'], Record<Capability, boolean>> = {
  admin: {
    runExcellenceProgramme: true,
    exportCycleScores: true,
    setStrategicWeights: false,
    setCentreTargets: false,
    answerCentreAlerts: false,
    exportLeadershipBriefs: true,
  },
  pm: {
    runExcellenceProgramme: true,
    exportCycleScores: true,
    setStrategicWeights: true,
    setCentreTargets: true,
    answerCentreAlerts: true,
    exportLeadershipBriefs: true,
  },
  assessor1: {
    runExcellenceProgramme: false,
    exportCycleScores: false,
    setStrategicWeights: false,
    setCentreTargets: false,
    answerCentreAlerts: false,
    exportLeadershipBriefs: false,
  },
  'coord.moi': {
    runExcellenceProgramme: false,
    exportCycleScores: false,
    setStrategicWeights: false,
    setCentreTargets: false,
    answerCentreAlerts: false,
    exportLeadershipBriefs: false,
  },
  facilitator: {
    runExcellenceProgramme: false,
    exportCycleScores: false,
    setStrategicWeights: false,
    setCentreTargets: false,
    answerCentreAlerts: false,
    exportLeadershipBriefs: false,
  },
  participant: {
    runExcellenceProgramme: false,
    exportCycleScores: false,
    setStrategicWeights: false,
    setCentreTargets: false,
    answerCentreAlerts: false,
    exportLeadershipBriefs: false,
  },
  leader: {
    runExcellenceProgramme: false,
    exportCycleScores: true,
    setStrategicWeights: false,
    setCentreTargets: false,
    answerCentreAlerts: false,
    exportLeadershipBriefs: true,
  },
};

/** One call each capability guards; a refusal for lack of permission is FORBIDDEN / errors.forbidden. */
const guarded: Record<Capability, (client: ApiClient) => Promise<unknown>> = {
  runExcellenceProgramme: (client) => client.excellence.cycles.pool.query(),
  // An unknown cycle: a permitted person gets "not found", never "forbidden".
  exportCycleScores: (client) => client.excellence.results.scoresCsv.query({ cycleId: 'no-such-cycle' }),
  // An unknown cycle: a permitted person gets "not found", never "forbidden".
  exportLeadershipBriefs: (client) => client.exports.deck.query({ report: 'transparency', language: 'ar', cycleId: 'no-such-cycle' }),
  // An unknown service: a permitted person gets "unknown service" and nothing changes.
  setStrategicWeights: (client) => client.services.setStrategicWeight.mutate({ code: 'NO-SUCH-SERVICE', weight: 0.5 }),
  // An unknown target or alert: a permitted person gets "not found" and nothing changes.
  setCentreTargets: (client) => client.commandCentre.removeThreshold.mutate({ id: 'no-such-target' }),
  answerCentreAlerts: (client) => client.commandCentre.acknowledge.mutate({ id: 'no-such-alert' }),
};

async function forbidden(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return false;
  } catch (err) {
    if (!(err instanceof TRPCClientError)) throw err;
    const data = err.data as { code?: string; messageKey?: string } | undefined;
    if (data?.code === 'FORBIDDEN') {
      expect(data.messageKey).toBe('errors.forbidden');
      return true;
    }
    return false;
  }
}

describe.each(testDatabases())('what a person may do (auth.me capabilities) on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it.each(people)('tells the web what $username may do', async ({ username, password }) => {
    const client = apiClient(running.url, await signIn(running.url, username, password));
    const me = await client.auth.me.query();
    expect(me?.capabilities).toEqual(expected[username]);
  });

  it.each(people)('answers as the routers decide for $username', async ({ username, password }) => {
    const client = apiClient(running.url, await signIn(running.url, username, password));
    const capabilities = (await client.auth.me.query())!.capabilities;
    for (const capability of Object.keys(guarded) as Capability[]) {
      expect({ capability, refused: await forbidden(guarded[capability](client)) }).toEqual({
        capability,
        refused: !capabilities[capability],
      });
    }
  });

  it('sends no capabilities without a session', async () => {
    expect(await apiClient(running.url, null).auth.me.query()).toBeNull();
  });
});
