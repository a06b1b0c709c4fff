/**
 * The live command centre under load: `npm run bench:command-centre [-- --seconds=60 --rate=500 --entities=40]`.
 * Starts the product on a throwaway PostgreSQL server (or DATABASE_URL's), gives 40 entities two
 * centres and an API token each, and has every entity's system push its ticket events through
 * the real HTTP token API (/api/v1/centre-events) once a second, 500 events a second in all. A
 * programme manager's wallboard watches over SSE (commandCentre.watch). Prints the ingestion
 * throughput, and the push-to-wallboard latency (from the moment a push is sent to the moment
 * the board that first includes it reaches the subscriber) p50/p99, with PASS/FAIL against 500/s.
 * Not part of `npm test`.
 */
import { createApp } from '../../api/app.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb } from '../../api/db/schema.ts';
import { createLogger } from '../../api/http/logger.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { apiClient, signIn } from '../../tests/support/api-client.ts';
import { percentile } from '../support/latency-summary.ts';
import { serverDatabase } from '../support/server-database.ts';
import { textTable } from '../support/text-table.ts';
import { goalLine } from '../support/goal.ts';
import { addBenchEntities } from './bench-entities.ts';
import { pushLoad } from './push-load.ts';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const seconds = option('seconds', 60);
const rate = option('rate', 500);
const entityCount = option('entities', 40);

const server = await serverDatabase();
const handle = await connectDatabase({ driver: 'postgres', url: server.url });
try {
  await migrateToLatest(handle.db, allMigrations);
  const db = productDb(handle.db);
  await loadSeeds(db, { demoUsers: true });
  const centres = await addBenchEntities(db, entityCount);
  // As in production: the timer scheduler and the target checks after each push run too.
  const app = createApp({ handle, logger: createLogger({ level: 'warn' }) });
  const url = await app.listen(0);
  const admin = apiClient(url, await signIn(url, 'admin', 'admin-demo-2026'));
  const tokens = new Map<string, string>();
  for (const entityId of centres.keys()) {
    const { secret } = await admin.tokens.issue.mutate({
      entityId,
      name: `${entityId} queue system`,
      capabilities: ['push_centre_events'],
    });
    tokens.set(entityId, secret);
  }
  const wallboard = apiClient(url, await signIn(url, 'pm', 'pm-demo-2026'));
  const result = await pushLoad({ url, wallboard, centres, tokens, seconds, rate });

  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const push = [...result.pushMs].sort((a, b) => a - b);
  console.log(
    `\ncommand centre: ${entityCount} entities (${entityCount * 2} centres), ${rate} events/s offered for ${seconds} s, PostgreSQL (${server.origin})\n`,
  );
  console.log(
    textTable(
      ['what', 'count', 'p50 ms', 'p99 ms', 'max ms'],
      [
        [
          'push answered (HTTP)',
          String(push.length),
          percentile(push, 50).toFixed(0),
          percentile(push, 99).toFixed(0),
          (push.at(-1) ?? 0).toFixed(0),
        ],
        [
          'push-to-wallboard',
          String(sorted.length),
          percentile(sorted, 50).toFixed(0),
          percentile(sorted, 99).toFixed(0),
          (sorted.at(-1) ?? 0).toFixed(0),
        ],
      ],
    ),
  );
  console.log(
    `\nevents sent ${result.eventsSent}, written ${result.eventsWritten}, refused pushes ${result.failedPushes}, ` +
      `wallboard updates ${result.boardUpdates}, pushes never seen on the wallboard ${result.unseen}`,
  );
  console.log(`ingestion throughput: ${result.throughput.toFixed(1)} events/s over ${(result.windowMs / 1000).toFixed(1)} s`);
  console.log('');
  console.log(goalLine({ what: 'ingestion events/s', value: result.throughput, op: '>=', target: 500 }, 1));
  await app.close();
} finally {
  await handle.close();
  await server.close();
}
