/**
 * JavaScript before the first screen: `npm run bench:web [-- --no-build] [--dist=dist/web]`.
 * Builds the web app, serves it from the real API on an in-memory PGlite seeded with the demo
 * accounts, loads each first screen in headless Chromium (the sign-in page, and the home page of
 * several roles after sign-in), records every script the page requests until the screen is drawn
 * and the requests settle, and sums the gzip size of those files as built. Goal: ≤ 200 kB gzip.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createApp } from '../../api/app.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb } from '../../api/db/schema.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { signIn } from '../../tests/support/api-client.ts';
import { textTable } from '../support/text-table.ts';

const goalKb = 200;
const dist = process.argv.find((a) => a.startsWith('--dist='))?.split('=')[1] ?? 'dist/web';
if (!process.argv.includes('--no-build') && dist === 'dist/web') execSync('npx vite build', { stdio: 'inherit' });
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build first`);

interface Screen {
  name: string;
  path: string;
  /** Demo account signed in first; null for a visitor. */
  user: { username: string; password: string } | null;
  /** Drawn when this matches. */
  drawn: string;
  language: 'ar' | 'en';
}

const screens: Screen[] = [
  { name: 'sign-in page (ar)', path: '/login', user: null, drawn: 'form button[type=submit]', language: 'ar' },
  { name: 'sign-in page (en)', path: '/login', user: null, drawn: 'form button[type=submit]', language: 'en' },
  {
    name: 'home, leadership',
    path: '/',
    user: { username: 'leader', password: 'leader-demo-2026' },
    drawn: '[data-testid="home"]',
    language: 'ar',
  },
  {
    name: 'home, programme manager',
    path: '/',
    user: { username: 'pm', password: 'pm-demo-2026' },
    drawn: '[data-testid="home"]',
    language: 'ar',
  },
  {
    name: 'home, coordinator',
    path: '/',
    user: { username: 'coord.moi', password: 'coord-demo-2026' },
    drawn: '[data-testid="home"]',
    language: 'ar',
  },
];

const gzipCache = new Map<string, number>();
/** The gzip size of a built file, at the level the build precompresses with (the API serves that file). */
function gzipSize(path: string): number {
  let size = gzipCache.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
    gzipCache.set(path, size);
  }
  return size;
}

async function scriptsFor(browser: Browser, base: string, screen: Screen): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript((lng) => localStorage.setItem('tamayuz.locale', lng), screen.language);
    if (screen.user) {
      const [name, value] = (await signIn(base, screen.user.username, screen.user.password)).split('=') as [string, string];
      await context.addCookies([{ name, value, url: base }]);
    }
    const page = await context.newPage();
    const scripts = new Set<string>();
    let last = Date.now();
    page.on('request', (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.add(new URL(request.url()).pathname);
      last = Date.now();
    });
    await page.goto(`${base}${screen.path}`);
    await page.waitForSelector(screen.drawn, { timeout: 60_000 });
    // Settled: no script requested for a second after the screen was drawn.
    while (Date.now() - last < 1000) await new Promise((r) => setTimeout(r, 100));
    return [...scripts].sort();
  } finally {
    await context.close();
  }
}

const handle = await connectDatabase({ driver: 'pglite' });
const db = productDb(handle.db);
await migrateToLatest(handle.db, allMigrations);
await loadSeeds(db, { demoUsers: true });
const app = createApp({ handle, staticDir: dist, scheduler: false });
const base = await app.listen(0);
const browser = await launchBrowser();
let worst = 0;
try {
  const rows: string[][] = [];
  const details: string[] = [];
  for (const screen of screens) {
    const scripts = await scriptsFor(browser, base, screen);
    const total = scripts.reduce((sum, s) => sum + gzipSize(s), 0) / 1000;
    worst = Math.max(worst, total);
    rows.push([screen.name, String(scripts.length), `${total.toFixed(1)} kB`, total <= goalKb ? 'PASS' : 'FAIL']);
    const biggest = [...scripts].sort((a, b) => gzipSize(b) - gzipSize(a)).slice(0, 4);
    details.push(`${screen.name}: ${biggest.map((s) => `${s.replace('/assets/', '')} ${(gzipSize(s) / 1000).toFixed(1)}`).join(', ')}`);
  }
  console.log(`\nJavaScript requested before each first screen, gzip -9 sizes of the built files (${dist}):\n`);
  console.log(textTable(['first screen', 'scripts', 'gzip', `≤ ${goalKb} kB`], rows));
  console.log(`\nlargest scripts (kB gzip):\n${details.join('\n')}`);
  console.log(
    `\nJavaScript before the first screen: ${worst.toFixed(1)} kB gzip (worst screen), goal ≤ ${goalKb} kB: ${worst <= goalKb ? 'PASS' : 'FAIL'}`,
  );
} finally {
  await browser.close();
  await app.close();
  await handle.close();
}
process.exitCode = worst <= goalKb ? 0 : 1;
