import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeBatcher } from '../../engine/workflow/notice-batcher.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';

/** Waits for `done` with a generous limit: notifications arrive on their own connection, in their own time. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !done(); ) {
    if (Date.now() - started > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(testDatabases())('notices after commit on $name', (target) => {
  let db: TestDatabase;
  const statements: string[] = [];
  // Counts the statements the batcher sends through its Kysely.
  const counting: KyselyPlugin = {
    transformQuery(args) {
      statements.push(args.node.kind);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  beforeAll(async () => {
    db = await target.create();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('sends the notices added while a batch waits in one statement, and every one arrives, in order', async () => {
    let open = () => {};
    const gate = () => new Promise<void>((resolve) => (open = resolve));
    const batcher = new NoticeBatcher(db.db.withPlugin(counting), 'notice_batcher_test', undefined, gate);
    const received: string[] = [];
    const unlisten = await db.notifications.listen('notice_batcher_test', (payload) => received.push(payload));
    try {
      statements.length = 0;
      batcher.add('a');
      batcher.add('b');
      batcher.add('c');
      // The batch is waiting at its gate, however many turns of the event loop pass: nothing has been sent yet.
      await new Promise((r) => setTimeout(r, 100));
      expect(statements).toEqual([]);
      open();
      await batcher.drain();
      expect(statements).toHaveLength(1);
      await until(() => received.length >= 3, 'three notices');
      expect(received).toEqual(['a', 'b', 'c']);

      // The next notice opens a batch of its own, behind a new wait.
      batcher.add('d');
      expect(statements).toHaveLength(1);
      open();
      await batcher.drain();
      expect(statements).toHaveLength(2);
      await until(() => received.length >= 4, 'the fourth notice');
      expect(received).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      await unlisten();
    }
  });

  it('goes out by itself after its short default wait, with no one asking for a drain', async () => {
    const batcher = new NoticeBatcher(db.db, 'notice_batcher_default');
    const received: string[] = [];
    const unlisten = await db.notifications.listen('notice_batcher_default', (payload) => received.push(payload));
    try {
      batcher.add('x');
      batcher.add('y');
      await until(() => received.length >= 2, 'both notices');
      expect(received).toEqual(['x', 'y']);
    } finally {
      await unlisten();
    }
  });
});
