import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { reviewWorkflow } from './fixtures/review-workflow.ts';

const entry = fileURLToPath(new URL('./fixtures/watch-process.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
// Another process needs a server to share: PostgreSQL only.
const servers = testDatabases().filter((t) => t.name === 'postgres');
const writer = (i: number): Actor => ({ id: `u-${i}`, label: `writer ${i}`, roles: ['editor'], entityId: 'E1' });

interface Watcher {
  seen: { seq: number; actor: string }[];
  until(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

function startWatcher(url: string, instanceId: string, poll: number | 'off'): Watcher {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry, url, instanceId, String(poll)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen: { seq: number; actor: string }[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) if (line.trim()) seen.push(JSON.parse(line) as { seq: number; actor: string });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    seen,
    async until(count, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (seen.length < count) {
        if (Date.now() > deadline) throw new Error(`watcher saw ${seen.length} of ${count} events\n${stderr.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe.each(servers)('a watcher in another process on $name', (target) => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  beforeAll(async () => {
    db = await target.create();
    engine = new WorkflowEngine(db.db, new WorkflowRegistry().register(reviewWorkflow(1)));
  });
  afterAll(async () => {
    await engine.flushNotices();
    await db.close();
  });

  const sendBurst = (instanceId: string, from: number, count: number) =>
    Promise.all(
      Array.from({ length: count }, (_, i) => engine.send({ instanceId, event: { type: 'INCREMENT', by: 1 }, actor: writer(from + i) })),
    );

  it('sees every event exactly once and in order, woken by notifications sent after commit alone', async () => {
    const { instanceId } = await engine.start({ kind: 'review', entityId: 'E1', input: { title: 'Watched' }, actor: writer(0) });
    const watcher = startWatcher(db.url!, instanceId, 'off');
    try {
      await watcher.until(1); // listening, and caught up with the start
      for (let burst = 0; burst < 3; burst++) await sendBurst(instanceId, burst * 20 + 1, 20);
      await watcher.until(61);
      await new Promise((r) => setTimeout(r, 300)); // nothing more may follow
      expect(watcher.seen.map((e) => e.seq)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
      expect(watcher.seen.slice(1).map((e) => e.actor)).toEqual(Array.from({ length: 60 }, (_, i) => `writer ${i + 1}`));
    } finally {
      await watcher.stop();
    }
  });

  it('catches up by sequence number within its poll when a wake-up is lost, still exactly once', async () => {
    const { instanceId } = await engine.start({ kind: 'review', entityId: 'E1', input: { title: 'Polled' }, actor: writer(0) });
    const watcher = startWatcher(db.url!, instanceId, 250);
    try {
      await watcher.until(1);
      await sendBurst(instanceId, 1, 10);
      // As a writer that committed and died before notifying: an event nobody announces.
      await sql`
        with moved as (update workflow_instances set version = 12 where id = ${instanceId} and version = 11 returning id)
        insert into workflow_events (instance_id, seq, event_type, payload, actor_id, actor_label, state_before, state_after)
        select id, 12, 'INCREMENT', '{"by":1}'::jsonb, 'u-silent', 'silent writer', 'open', 'open' from moved`.execute(db.db);
      await watcher.until(12, 30_000);
      await sendBurst(instanceId, 12, 5);
      await watcher.until(17);
      await new Promise((r) => setTimeout(r, 600)); // two polls: still nothing twice
      expect(watcher.seen.map((e) => e.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
      expect(watcher.seen[11]!.actor).toBe('silent writer');
    } finally {
      await watcher.stop();
    }
  });
});
