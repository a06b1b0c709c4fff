import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../engine/db/connect.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { computeStep } from '../../engine/workflow/event-step.ts';
import { writeSteps } from '../../engine/workflow/instance-write.ts';
import { getEvents } from '../../engine/workflow/read-models.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { restoreSnapshot } from '../../engine/workflow/snapshot.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

// Prepared statements live on a server connection; PGlite reads the mark as a comment (covered by every engine suite).
const servers = testDatabases().filter((t) => t.name === 'postgres');
const coordinator: Actor = { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' };
const registry = () =>
  new WorkflowRegistry().register(reviewWorkflow(1, { editor: ['entity_coordinator'], reviewer: ['programme_manager'] }));

describe.each(servers)('the send statement, prepared once per connection, on $name', (target) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    database = await target.create();
    // One connection: what it has prepared is what every statement here ran on.
    handle = await connectDatabase({ driver: 'postgres', url: database.url!, poolSize: 1 });
  });
  afterAll(async () => {
    await handle?.close();
    await database?.close();
  });

  it('is prepared on the connection, and still refuses a write whose version the instance has left', async () => {
    const engine = new WorkflowEngine(handle.db, registry());
    const { instanceId } = await engine.start({ kind: 'review', entityId: 'ent-moi', input: { title: 'Prepared' }, actor: coordinator });
    for (let i = 0; i < 3; i++) await engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: coordinator });
    await engine.flushNotices();
    const { rows: prepared } = await sql<{
      name: string;
    }>`select name from pg_prepared_statements where statement like '%prepared: workflow write%'`.execute(handle.db);
    expect(prepared.length).toBeGreaterThan(0);

    // A step computed on version 1, written by the prepared statement against the row now at version 4.
    const row = await handle.db.selectFrom('workflow_instances').selectAll().where('id', '=', instanceId).executeTakeFirstOrThrow();
    expect(row.version).toBe(4);
    const def = registry().get('review', 1);
    const stale = { id: instanceId, kind: 'review', entityId: 'ent-moi', state: 'open', version: 1 };
    const step = computeStep(
      def,
      stale,
      restoreSnapshot(def.machine, row.snapshot),
      { event: { type: 'INCREMENT', by: 5 }, actor: coordinator },
      () => new Date(),
    );
    const refused = await writeSteps(handle.db, def.machine, instanceId, { version: 1 }, [step]);
    expect(refused).toEqual({ written: 0, xmin: null });
    const after = await handle.db.selectFrom('workflow_instances').selectAll().where('id', '=', instanceId).executeTakeFirstOrThrow();
    expect(after.version).toBe(4);
    expect(after.snapshot).toEqual(row.snapshot);
    expect((await getEvents(handle.db, instanceId, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);

    // The same statement at the right version applies: one audit row, the version moved on.
    const current = { ...stale, version: 4 };
    const next = computeStep(
      def,
      current,
      restoreSnapshot(def.machine, row.snapshot),
      { event: { type: 'INCREMENT', by: 5 }, actor: coordinator },
      () => new Date(),
    );
    const applied = await writeSteps(handle.db, def.machine, instanceId, { version: 4 }, [next]);
    expect(applied.written).toBe(1);
    expect((await getEvents(handle.db, instanceId, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});
