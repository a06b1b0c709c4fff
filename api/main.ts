import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { connectDatabase, connectOptionsFromEnv } from '../engine/db/connect.ts';
import { migrateToLatest } from '../engine/db/migrate.ts';
import { allMigrations } from './db/migrations.ts';
import { createApp } from './app.ts';
import { loadSeeds } from '../seeds/loader.ts';
import { productDb } from './db/schema.ts';

const options = connectOptionsFromEnv();
const handle = await connectDatabase(options);
await migrateToLatest(handle.db, allMigrations);

const embedded = options.driver === 'pglite';
const withDemoUsers = embedded || process.env.TAMAYUZ_SEED_DEMO === '1';
const report = await loadSeeds(productDb(handle.db), { demoUsers: withDemoUsers, demoWorkshop: withDemoUsers, demoJourneys: withDemoUsers, demoImprovement: withDemoUsers, demoExcellence: withDemoUsers });

const staticDir = resolve(process.env.TAMAYUZ_WEB_DIR ?? 'dist/web');
const app = createApp({
  handle,
  staticDir: existsSync(staticDir) ? staticDir : undefined,
  secureCookies: process.env.TAMAYUZ_SECURE_COOKIES === '1',
});
const port = Number(process.env.PORT ?? 3000);
const url = await app.listen(port, process.env.HOST ?? '127.0.0.1');

console.log(`\nTamayuz | تميّز is running at ${url}`);
console.log(`Database: ${embedded ? `embedded PostgreSQL (PGlite) in ${options.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`);
console.log(`Reference data: ${report.entities} entities, ${report.centres} service centres`);
if (report.users.length > 0) {
  console.log('\nDemo sign-ins (username / password / role):');
  for (const u of report.users) console.log(`  ${u.username.padEnd(12)} ${u.password.padEnd(24)} ${u.role}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await handle.close();
    process.exit(0);
  });
}
