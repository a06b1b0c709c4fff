import { randomUUID } from 'node:crypto';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';

const day = 24 * 60 * 60 * 1000;
const future = (days: number) => new Date(Date.now() + days * day).toISOString();

/** Everything a refusal tells the caller: the code, HTTP status, key, params and issues. */
async function answer(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCClientError) return { message: err.message, data: err.data };
    throw err;
  }
  throw new Error('expected a refusal');
}

/**
 * Prerequisites across entities: an author cannot link to (or probe for) an action they
 * cannot see, and an action page shows another entity's prerequisite only as a count.
 */
describe.each(testDatabases())('prerequisites the viewer cannot see on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let moi: ApiClient;
  let moh: ApiClient;
  let pm: ApiClient;
  let moiPlan: string;
  let moiAction: { id: string; code: string };
  let mohAction: { id: string; code: string };
  const secretTitle = 'Hospital registry integration';

  const rowCounts = async () => ({
    actions: (await running.db.selectFrom('actions').select('id').execute()).length,
    dependencies: (await running.db.selectFrom('action_dependencies').select('action_id').execute()).length,
    instances: (await running.db.selectFrom('workflow_instances').select('id').execute()).length,
  });

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    moh = apiClient(running.url, await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    moiPlan = (await moi.actions.createPlan.mutate({ entityId: 'ent-moi', title: 'Passports' })).id;
    moiAction = await moi.actions.create.mutate({ planId: moiPlan, title: 'Online renewal', ownerId: 'usr-coord-moi', dueAt: future(20) });
    const mohPlan = (await moh.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'Clinics' })).id;
    mohAction = await moh.actions.create.mutate({ planId: mohPlan, title: secretTitle, ownerId: 'usr-coord-moh', dueAt: future(40) });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('refuses another entity’s action as a prerequisite with the very answer an unknown id gets, writing nothing', async () => {
    const before = await rowCounts();
    const create = (dependsOn: string) =>
      moi.actions.create.mutate({ planId: moiPlan, title: 'Depends', ownerId: 'usr-coord-moi', dueAt: future(10), dependsOn: [dependsOn] });
    const unknown = await answer(create(randomUUID()));
    expect(unknown).toMatchObject({ data: { code: 'BAD_REQUEST', httpStatus: 400, messageKey: 'errors.improvement.dependencyUnknown' } });
    expect(await answer(create(mohAction.id))).toEqual(unknown);

    const link = (dependsOnId: string) =>
      moi.actions.addDependency.mutate({ actionId: moiAction.id, dependsOnId, kind: 'data_sharing_agreement' });
    const unknownLink = await answer(link(randomUUID()));
    expect(unknownLink).toMatchObject({ data: { code: 'BAD_REQUEST', messageKey: 'errors.improvement.dependencyUnknown' } });
    expect(await answer(link(mohAction.id))).toEqual(unknownLink);
    expect(await rowCounts()).toEqual(before);
  });

  it('shows a prerequisite of another entity as a count only, on both actions and in the refusal to complete', async () => {
    // The programme office sees both entities, so it may link them.
    await pm.actions.addDependency.mutate({ actionId: moiAction.id, dependsOnId: mohAction.id, kind: 'data_sharing_agreement' });
    const leaks = (value: unknown) => [mohAction.id, mohAction.code, secretTitle].filter((s) => JSON.stringify(value).includes(s));

    const mine = await moi.actions.get.query({ id: moiAction.id });
    expect(mine.dependsOn).toEqual([]);
    expect(mine.hiddenDependsOn).toBe(1);
    expect(mine.blockedBy).toEqual([]);
    expect(mine.hiddenBlockers).toBe(1);
    expect(leaks(mine)).toEqual([]);

    const theirs = await moh.actions.get.query({ id: mohAction.id });
    expect(theirs.dependents).toEqual([]);
    expect(theirs.hiddenDependents).toBe(1);
    expect([moiAction.id, moiAction.code, 'Online renewal'].filter((s) => JSON.stringify(theirs).includes(s))).toEqual([]);

    // The programme sees both ends in full.
    expect((await pm.actions.get.query({ id: moiAction.id })).dependsOn).toEqual([
      { id: mohAction.id, code: mohAction.code, title: secretTitle, entityId: 'ent-moh', status: 'draft', kind: 'data_sharing_agreement' },
    ]);
    expect((await pm.actions.get.query({ id: mohAction.id })).hiddenDependents).toBe(0);

    // Completing is refused while the hidden prerequisite is unfinished, without naming it.
    await pm.actions.send.mutate({ id: moiAction.id, type: 'APPROVE' });
    await moi.actions.send.mutate({ id: moiAction.id, type: 'START' });
    for (const attempt of [
      moi.actions.send.mutate({ id: moiAction.id, type: 'COMPLETE' }),
      moi.workflows.send.mutate({ id: moiAction.id, type: 'COMPLETE' }),
    ]) {
      const refused = await answer(attempt);
      expect(refused).toMatchObject({
        data: { code: 'PRECONDITION_FAILED', messageKey: 'errors.improvement.blockedByHiddenDependency', params: { hidden: 1 } },
      });
      expect(leaks(refused)).toEqual([]);
    }
    expect((await moi.actions.get.query({ id: moiAction.id })).status).toBe('in_progress');

    // Nor can the link be removed by naming the hidden action: the answer is the one a made-up id gets.
    const unlink = (dependsOnId: string) => moi.actions.removeDependency.mutate({ actionId: moiAction.id, dependsOnId });
    const unknown = await answer(unlink(randomUUID()));
    expect(unknown).toMatchObject({ data: { code: 'NOT_FOUND', messageKey: 'errors.improvement.notFound' } });
    expect(await answer(unlink(mohAction.id))).toEqual(unknown);
    expect((await pm.actions.get.query({ id: moiAction.id })).dependsOn.map((d) => d.id)).toEqual([mohAction.id]);
  });
});
