/**
 * Live delivery in one co-design workshop: `npm run bench:workshop [-- --participants=50]`.
 * Starts the API on a throwaway PostgreSQL server (or DATABASE_URL's), lets N customers join
 * with the invite code and watch the board over SSE, then has everyone add a note at once and
 * vote at once; prints send-to-seen latency p50/p99 over every (item, viewer) pair, and the p99s
 * against the goal of issue 12 (≤ 250 ms) with PASS or FAIL.
 * The participants run on a worker thread (their own event loop, as phones are their own
 * devices); `--same-thread` runs them on the API's event loop instead, as the bench did before.
 * Not part of `npm test` (tests/workshops/workshop-live.test.ts runs the same room with 50).
 */
import { createApp } from '../../api/app.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb } from '../../api/db/schema.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { apiClient, signIn } from '../../tests/support/api-client.ts';
import { percentile } from '../support/latency-summary.ts';
import { serverDatabase } from '../support/server-database.ts';
import { textTable } from '../support/text-table.ts';
import { goalLine } from '../support/goal.ts';
import { runLiveRoom, type LiveRoomResult } from './live-room.ts';
import { Worker } from 'node:worker_threads';

const arg = process.argv.find((a) => a.startsWith('--participants='));
const participants = arg ? Number(arg.split('=')[1]) : 50;
const sameThread = process.argv.includes('--same-thread');

async function roomOnWorker(url: string, facilitatorCookie: string): Promise<LiveRoomResult> {
  // A worker does not inherit tsx's loader: it registers it, then loads the TypeScript module.
  const script = new URL('./participants-worker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`, {
    eval: true,
    workerData: { url, facilitatorCookie, participants, timeoutMs: 60_000 },
  });
  try {
    return await new Promise<LiveRoomResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`participants worker exited with ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}

const server = await serverDatabase();
const handle = await connectDatabase({ driver: 'postgres', url: server.url });
try {
  await migrateToLatest(handle.db, allMigrations);
  await loadSeeds(productDb(handle.db), { demoUsers: true });
  const app = createApp({ handle, scheduler: false });
  const url = await app.listen(0);
  const facilitatorCookie = await signIn(url, 'facilitator', 'facilitator-demo-2026');
  const result = sameThread
    ? await runLiveRoom(url, apiClient(url, facilitatorCookie), participants, 60_000)
    : await roomOnWorker(url, facilitatorCookie);
  const row = (name: string, xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return [name, String(sorted.length), percentile(sorted, 50).toFixed(0), percentile(sorted, 99).toFixed(0), sorted.at(-1)!.toFixed(0)];
  };
  const where = sameThread ? 'on the API thread' : 'on a worker thread';
  console.log(
    `\nworkshop live delivery: ${participants} participants (${where}), PostgreSQL (${server.origin}), converged: ${result.converged}\n`,
  );
  console.log(
    textTable(
      ['what', 'deliveries', 'p50 ms', 'p99 ms', 'max ms'],
      [
        row('note (all add at once)', result.noteLatenciesMs),
        row('vote (all vote at once)', result.voteLatenciesMs),
        row('phase change', result.phaseLatenciesMs),
      ],
    ),
  );
  // Issue 12's goal for what each viewer receives per board change (the join sends the whole board once).
  const changes = result.changeMessageBytes;
  const average = changes.reduce((sum, b) => sum + b, 0) / Math.max(1, changes.length);
  const joinAverage = result.boardMessageBytes.reduce((sum, b) => sum + b, 0) / Math.max(1, result.boardMessageBytes.length);
  console.log(
    `\nSSE messages: ${result.boardMessageBytes.length} whole boards on join (${joinAverage.toFixed(0)} B average), ${changes.length} change messages`,
  );
  const pass = changes.length > 0 && average <= 1024;
  console.log(`average SSE message per board change = ${average.toFixed(0)} B (goal <= 1024 B): ${pass ? 'PASS' : 'FAIL'}`);
  const p99 = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      99,
    );
  console.log('');
  console.log(goalLine({ what: 'note send-to-seen p99 ms', value: p99(result.noteLatenciesMs), op: '<=', target: 250 }, 0));
  console.log(goalLine({ what: 'vote send-to-seen p99 ms', value: p99(result.voteLatenciesMs), op: '<=', target: 250 }, 0));
  await app.close();
} finally {
  await handle.close();
  await server.close();
}
