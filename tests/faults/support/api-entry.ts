/**
 * A real API process for the fault suite, spawned with `node --import tsx` so that `kill -9`
 * is real: the product's `createApp` over `DATABASE_URL` (migrated by the test), on an
 * ephemeral port. Prints `listening <url>` once it serves.
 * Env: DATABASE_URL; TAMAYUZ_TEST_SCHEDULER_MS (timer tick, default 200; `off` for none).
 */
import { connectDatabase } from '../../../engine/db/connect.ts';
import { createApp } from '../../../api/app.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const tick = process.env.TAMAYUZ_TEST_SCHEDULER_MS ?? '200';

const handle = await connectDatabase({ driver: 'postgres', url, connectTimeoutMs: 5_000 });
const app = createApp({ handle, scheduler: tick === 'off' ? false : { intervalMs: Number(tick) } });
const address = await app.listen(0);
process.stdout.write(`listening ${address}\n`);

process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => handle.close())
    .finally(() => process.exit(0));
});
