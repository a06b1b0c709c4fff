import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { connectDatabase, connectOptionsFromEnv, type DatabaseHandle } from '../engine/db/connect.ts';
import { migrateToLatest } from '../engine/db/migrate.ts';
import { allMigrations } from './db/migrations.ts';
import { createApp, type App } from './app.ts';
import { createLogger } from './http/logger.ts';
import { loadSeeds } from '../seeds/loader.ts';
import { productDb } from './db/schema.ts';
import { mailConfigFromEnv } from './mail/mail-config.ts';

const logger = createLogger();
let app: App | undefined;
let handle: DatabaseHandle | undefined;
let stopping = false;
const shutdownGraceMs = Number(process.env.TAMAYUZ_SHUTDOWN_GRACE_MS ?? 10_000);

/** Stop accepting, let in-flight requests finish (bounded), stop timers, close the database, exit. */
async function stop(exitCode: number, reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ reason }, 'shutting down');
  // If closing itself hangs, still exit rather than linger half-alive.
  setTimeout(() => {
    logger.error('shutdown did not finish in time; exiting');
    process.exit(1);
  }, shutdownGraceMs + 10_000).unref();
  try {
    await app?.close();
    await handle?.close();
    logger.info('stopped');
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    exitCode = 1;
  }
  process.exit(exitCode);
}

// Last resort: every request already has its own error boundary (api/http/error-boundary.ts).
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
process.on('uncaughtException', (err) => {
  logger.fatal({ err }, 'uncaught exception');
  void stop(1, 'uncaught exception');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0, signal));

const options = connectOptionsFromEnv();
handle = await connectDatabase(options);
await migrateToLatest(handle.db, allMigrations);

const embedded = options.driver === 'pglite';
const withDemoUsers = embedded || process.env.TAMAYUZ_SEED_DEMO === '1';
const report = await loadSeeds(productDb(handle.db), {
  demoUsers: withDemoUsers,
  demoWorkshop: withDemoUsers,
  demoJourneys: withDemoUsers,
  demoImprovement: withDemoUsers,
  demoExcellence: withDemoUsers,
});

const staticDir = resolve(process.env.TAMAYUZ_WEB_DIR ?? 'dist/web');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const mail = mailConfigFromEnv(process.env, `http://${host}:${port}`);
if (!mail.transport) logger.warn('no SMTP server configured (TAMAYUZ_SMTP_URL): mails are written to the log only');
app = createApp({
  handle,
  staticDir: existsSync(staticDir) ? staticDir : undefined,
  secureCookies: process.env.TAMAYUZ_SECURE_COOKIES === '1',
  trustProxy: process.env.TAMAYUZ_TRUST_PROXY === '1',
  logger,
  shutdownGraceMs,
  mail,
});
const url = await app.listen(port, host);
logger.info({ url, database: options.driver }, 'listening');

console.log(`\nTamayuz | تميّز is running at ${url}`);
console.log(`Database: ${embedded ? `embedded PostgreSQL (PGlite) in ${options.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`);
console.log(`Reference data: ${report.entities} entities, ${report.centres} service centres`);
if (report.users.length > 0) {
  console.log('\nDemo sign-ins (username / password / role):');
  for (const u of report.users) console.log(`  ${u.username.padEnd(12)} ${u.password.padEnd(24)} ${u.role}`);
}
