import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { defineWorkflow } from '../../engine/workflow/definition.ts';
import { getEvents } from '../../engine/workflow/read-models.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

const editor: Actor = { id: 'u-editor', label: 'editor', roles: ['editor'], entityId: 'E1' };

/** The sender's effect options reach `onTransition` of that one send, and nothing else. */
describe.each(testDatabases())('effect options on $name', (target) => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  const seen: [string, Readonly<Record<string, unknown>>][] = [];
  beforeAll(async () => {
    db = await target.create();
    const observed = defineWorkflow({
      ...reviewWorkflow(1),
      onTransition: async (args) => {
        seen.push([args.event.type, args.effectOptions]);
      },
    });
    engine = new WorkflowEngine(db.db, new WorkflowRegistry().register(observed));
  });
  afterAll(async () => db.close());

  it('hands the options of a send to its effect, empty otherwise, and never stores them', async () => {
    const { instanceId } = await engine.start({ kind: 'review', entityId: 'E1', input: { title: 'Annual report' }, actor: editor });
    await engine.send({ instanceId, event: { type: 'INCREMENT', by: 2 }, actor: editor, effectOptions: { batched: true } });
    await engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: editor });
    expect(seen).toEqual([
      ['xstate.init', {}],
      ['INCREMENT', { batched: true }],
      ['INCREMENT', {}],
    ]);
    const events = await getEvents(db.db, instanceId);
    expect(events.map((e) => e.payload)).toEqual([{ title: 'Annual report' }, { by: 2 }, { by: 1 }]);
  });
});
