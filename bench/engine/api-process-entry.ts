/**
 * One API process of `bench:engine` (its own process, as in production): the product's `createApp`
 * over `DATABASE_URL` with the bench's review workflow, on an ephemeral port; prints `listening <url>`.
 * Logs warnings only: the figures measure the API, not a log pipe. With BENCH_COUNT_STATEMENTS=1 its
 * pool records its statements, and the parent asks over the IPC channel for them and for this
 * process's CPU time (`measure-start` / `measure-end`), so round trips and server CPU per send are counted.
 * BENCH_DIRECT_TRPC_CALLS=0 answers every call through tRPC's generic handler (to measure what the direct call saves).
 */
import { createApp } from '../../api/app.ts';
import { createLogger } from '../../api/http/logger.ts';
import { connectDatabase, type DatabaseHandle } from '../../engine/db/connect.ts';
import { countingHandle } from '../../tests/support/counting-pool.ts';
import { benchRegistry, benchVisibility } from './bench-workflow.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const poolSize = Number(process.env.BENCH_POOL ?? 16);
const counting = process.env.BENCH_COUNT_STATEMENTS === '1' ? countingHandle(url, poolSize) : null;
const handle: DatabaseHandle = counting ?? (await connectDatabase({ driver: 'postgres', url, poolSize }));
const app = createApp({
  handle,
  registry: benchRegistry(),
  visibility: benchVisibility(),
  scheduler: false,
  logger: createLogger({ level: 'warn' }),
  directTrpcCalls: process.env.BENCH_DIRECT_TRPC_CALLS !== '0',
});

let cpuAtStart = process.cpuUsage();
process.on('message', (message: { type?: string }) => {
  if (message.type === 'measure-start') {
    if (counting) counting.statements.length = 0;
    cpuAtStart = process.cpuUsage();
    process.send?.({ type: 'measure-started' });
  } else if (message.type === 'measure-end') {
    void app.services.engine.flushNotices().then(() => {
      const cpu = process.cpuUsage(cpuAtStart);
      process.send?.({ type: 'measured', statements: counting?.statements.length ?? null, cpuMs: (cpu.user + cpu.system) / 1000 });
    });
  }
});

process.stdout.write(`listening ${await app.listen(0)}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => handle.close())
    .finally(() => process.exit(0));
});
