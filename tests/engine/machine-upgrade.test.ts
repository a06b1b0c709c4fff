import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { getInstance } from '../../engine/workflow/read-models.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

const editor: Actor = { id: 'u-editor', label: 'editor', roles: ['editor'], entityId: 'E1' };
const reviewer: Actor = { id: 'u-rev', label: 'reviewer', roles: ['reviewer'], entityId: null };

describe.each(testDatabases())('machine upgrade on $name', (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await target.create();
  });
  afterAll(async () => db.close());

  it('keeps running instances on the version they started with while new ones get the new version', async () => {
    const v1 = new WorkflowEngine(db.db, new WorkflowRegistry().register(reviewWorkflow(1)));
    const old = await v1.start({ kind: 'review', entityId: 'E1', input: { title: 'old' }, actor: editor });
    await v1.send({ instanceId: old.instanceId, event: { type: 'SUBMIT' }, actor: editor });

    // Deploy: the registry now knows v1 and v2.
    const upgraded = new WorkflowEngine(db.db, new WorkflowRegistry().register(reviewWorkflow(1)).register(reviewWorkflow(2)));
    const fresh = await upgraded.start({ kind: 'review', entityId: 'E1', input: { title: 'new' }, actor: editor });
    await upgraded.send({ instanceId: fresh.instanceId, event: { type: 'SUBMIT' }, actor: editor });

    await upgraded.send({ instanceId: old.instanceId, event: { type: 'APPROVE', note: 'ok' }, actor: reviewer });
    await upgraded.send({ instanceId: fresh.instanceId, event: { type: 'APPROVE', note: 'ok' }, actor: reviewer });

    const oldRow = await getInstance(db.db, old.instanceId);
    const freshRow = await getInstance(db.db, fresh.instanceId);
    expect(oldRow).toMatchObject({ machine_version: 1, state: 'approved' });
    expect(freshRow).toMatchObject({ machine_version: 2, state: 'approved' });
    expect((oldRow!.snapshot as { context: { note: string } }).context.note).toBe('ok');
    expect((freshRow!.snapshot as { context: { note: string } }).context.note).toBe('v2:ok');
  });

  it('refuses to register the same kind and version twice', () => {
    expect(() => new WorkflowRegistry().register(reviewWorkflow(1)).register(reviewWorkflow(1))).toThrow(/already registered/);
  });
});
