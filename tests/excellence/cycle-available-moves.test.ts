import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { testFramework } from './test-framework.ts';

/** Issue 11, item 10: the cycle tells the programme office which moves its stage accepts now, and leadership none. */
describe.each(testDatabases())('the moves a cycle accepts on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let leader: ApiClient;
  let cycleId = '';

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    leader = apiClient(running.url, await signIn(running.url, 'leader', 'leader-demo-2026'));
    await pm.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
    cycleId = (
      await pm.excellence.cycles.create.mutate({
        number: 1,
        year: 2026,
        nameAr: 'الدورة الأولى',
        nameEn: 'Cycle 1',
        frameworkCode: 'test-model',
        subjectKind: 'entity',
        subjectIds: ['ent-mun'],
        selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
      })
    ).cycleId;
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('offers Open on a draft, then Start scoring, then Start moderation, as the cycle moves', async () => {
    expect((await pm.excellence.cycles.get.query({ id: cycleId })).availableEvents).toEqual(['OPEN']);
    await pm.excellence.cycles.move.mutate({ id: cycleId, type: 'OPEN' });
    expect((await pm.excellence.cycles.get.query({ id: cycleId })).availableEvents).toEqual(['START_SCORING']);
    await pm.excellence.cycles.move.mutate({ id: cycleId, type: 'START_SCORING' });
    expect((await pm.excellence.cycles.get.query({ id: cycleId })).availableEvents).toEqual(['START_MODERATION']);
  });

  it('offers leadership no moves', async () => {
    expect((await leader.excellence.cycles.get.query({ id: cycleId })).availableEvents).toEqual([]);
  });
});
