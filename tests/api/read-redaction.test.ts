import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { reviewWorkflow } from '../engine/fixtures/review-workflow.ts';
import { reviewVisibility } from '../engine/fixtures/review-visibility.ts';

// A definition that treats its counter as blind: only the programme sees amounts.
const blind = {
  ...reviewWorkflow(1, { editor: ['entity_coordinator'], reviewer: ['programme_manager'] }),
  redact: {
    context: (context: { title: string; count: number }, reader: { roles: readonly string[] }) =>
      reader.roles.includes('programme_manager') ? context : { title: context.title },
    payload: (event: { type: string; payload: Record<string, unknown> }, reader: { roles: readonly string[] }) =>
      event.type === 'INCREMENT' && !reader.roles.includes('programme_manager') ? null : event.payload,
  },
};

describe.each(testDatabases())('read redaction on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db, { registry: new WorkflowRegistry().register(blind as never), visibility: reviewVisibility() });
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('hides what the definition says is hidden, in the instance view, the audit trail and the live stream', async () => {
    const coordinator = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    const { instanceId } = await running.app.services.engine.start({
      kind: 'review',
      entityId: 'ent-moi',
      input: { title: 'blind' },
      actor: { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' },
    });
    await coordinator.workflows.send.mutate({ id: instanceId, type: 'INCREMENT', payload: { by: 7 } });

    expect((await coordinator.workflows.get.query({ id: instanceId })).context).toEqual({ title: 'blind' });
    expect((await pm.workflows.get.query({ id: instanceId })).context).toMatchObject({ title: 'blind', count: 7 });
    const hidden = (await coordinator.workflows.history.query({ id: instanceId }))[1]!;
    expect(hidden).toMatchObject({ type: 'INCREMENT', payload: null, payloadHidden: true });
    expect((await pm.workflows.history.query({ id: instanceId }))[1]).toMatchObject({ payload: { by: 7 }, payloadHidden: false });

    const streamed = await new Promise<unknown>((resolve) => {
      const sub = coordinator.workflows.watch.subscribe(
        { id: instanceId, lastEventId: '1' },
        {
          onData: (e) => {
            sub.unsubscribe();
            resolve(e.data.payload);
          },
        },
      );
    });
    expect(streamed).toBeNull();
  });
});
