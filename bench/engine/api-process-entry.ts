/**
 * One API process of `bench:engine --processes N`: the product's `createApp` over `DATABASE_URL`
 * with the bench's review workflow, on an ephemeral port; prints `listening <url>`.
 * Logs warnings only: the scale-out figures measure the API, not a log pipe.
 */
import { createApp } from '../../api/app.ts';
import { createLogger } from '../../api/http/logger.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { benchRegistry, benchVisibility } from './bench-workflow.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const handle = await connectDatabase({ driver: 'postgres', url, poolSize: Number(process.env.BENCH_POOL ?? 16) });
const app = createApp({
  handle,
  registry: benchRegistry(),
  visibility: benchVisibility(),
  scheduler: false,
  logger: createLogger({ level: 'warn' }),
});
process.stdout.write(`listening ${await app.listen(0)}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => handle.close())
    .finally(() => process.exit(0));
});
