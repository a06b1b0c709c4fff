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
import { oidcConfigFromEnv, passwordSignInFromEnv } from './accounts/oidc/oidc-config.ts';

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
  // On a server, nothing fictional: the organisation, its people and services come from its administrators.
  referenceData: withDemoUsers,
  demoUsers: withDemoUsers,
  demoWorkshop: withDemoUsers,
  demoJourneys: withDemoUsers,
  demoImprovement: withDemoUsers,
  demoExcellence: withDemoUsers,
  demoMysteryShopper: withDemoUsers,
});

const staticDir = resolve(process.env.TAMAYUZ_WEB_DIR ?? 'dist/web');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const mail = mailConfigFromEnv(process.env, `http://${host}:${port}`);
const oidc = oidcConfigFromEnv();
const passwordSignIn = passwordSignInFromEnv();
if (!passwordSignIn && !oidc)
  throw new Error('TAMAYUZ_PASSWORD_SIGN_IN=0 needs single sign-on (TAMAYUZ_OIDC_ISSUER): nobody could sign in');
if (!mail.transport) logger.warn('no SMTP server configured (TAMAYUZ_SMTP_URL): mails are written to the log only');
app = createApp({
  handle,
  staticDir: existsSync(staticDir) ? staticDir : undefined,
  secureCookies: process.env.TAMAYUZ_SECURE_COOKIES === '1',
  trustProxy: process.env.TAMAYUZ_TRUST_PROXY === '1',
  logger,
  shutdownGraceMs,
  mail,
  publicUrl: mail.publicUrl,
  oidc,
  passwordSignIn,
  selfAssessmentReminderDays: process.env.TAMAYUZ_SELF_ASSESSMENT_REMINDER_DAYS
    ? Number(process.env.TAMAYUZ_SELF_ASSESSMENT_REMINDER_DAYS)
    : undefined,
});
const url = await app.listen(port, host);
logger.info({ url, database: options.driver }, 'listening');

console.log(`\nTamayuz | تميّز is running at ${url}`);
console.log(`Database: ${embedded ? `embedded PostgreSQL (PGlite) in ${options.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`);
if (withDemoUsers) console.log(`Demo organisation: ${report.entities} entities, ${report.centres} service centres`);
const people = await productDb(handle.db).selectFrom('users').select('id').limit(1).execute();
if (people.length === 0) {
  console.log('\nNo one can sign in yet. Create the first administrator:');
  console.log('  npm run admin -- create-admin --username <name> --email <address>');
}
if (report.users.length > 0) {
  console.log('\nDemo sign-ins (username / password / role):');
  for (const u of report.users) console.log(`  ${u.username.padEnd(12)} ${u.password.padEnd(24)} ${u.role}`);
}
