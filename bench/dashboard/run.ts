/**
 * The leadership dashboard's first screen with 1,000 entities and 50,000 actions, in headless
 * Chromium against a real PostgreSQL server: `npm run bench:dashboard [-- --runs=7]`.
 * Baselines in the same run: the dashboard's server-side work alone (SQL + pure summary), and
 * the browser loading a static page holding the same rendered screen. Not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../api/app.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb } from '../../api/db/schema.ts';
import { leadershipDashboard } from '../../api/improvement/leadership-dashboard.ts';
import { connectDatabase } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { signIn } from '../../tests/support/api-client.ts';
import { serverDatabase } from '../support/server-database.ts';
import { textTable } from '../support/text-table.ts';
import { loadBulkData } from './bulk-data.ts';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 7);
const size = { entities: 1000, actions: 50_000, gaps: 20_000 };
// The first screen is drawn when its tables hold data (top entities, overdue by entity).
const firstScreen = '[data-testid="top-entities"] tbody tr, [data-testid="overdue-by-entity"] tbody tr';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const ms = (v: number) => `${v.toFixed(1)} ms`;

if (!existsSync('dist/web/index.html')) execSync('npx vite build', { stdio: 'inherit' });
const server = await serverDatabase();
const handle = await connectDatabase({ driver: 'postgres', url: server.url });
try {
  await migrateToLatest(handle.db, allMigrations);
  const db = productDb(handle.db);
  await loadSeeds(db, { demoUsers: true });
  const t0 = performance.now();
  await loadBulkData(db, size);
  console.log(
    `loaded ${size.entities} entities, ${size.actions} actions, ${size.gaps} gaps in ${ms(performance.now() - t0)} (${server.origin})`,
  );

  const app = createApp({ handle, staticDir: 'dist/web', scheduler: false });
  const base = await app.listen(0);
  const cookie = await signIn(base, 'leader', 'leader-demo-2026');
  const browser = await launchBrowser();
  try {
    // Server side alone: the SQL and the pure summary the procedure runs.
    const serverTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await leadershipDashboard(db, new Date());
      serverTimes.push(performance.now() - s);
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: base }]);
    await context.addInitScript(() => localStorage.setItem('tamayuz.locale', 'ar'));
    const page = await context.newPage();

    const dashboardTimes: number[] = [];
    let rendered = '';
    for (let i = 0; i < runs; i++) {
      // A fresh load each time (no SPA cache): navigation start to the first screen's data on screen.
      await page.goto('about:blank');
      const s = performance.now();
      await page.goto(`${base}/dashboard`, { waitUntil: 'commit' });
      await page.waitForSelector(firstScreen, { timeout: 30_000 });
      dashboardTimes.push(performance.now() - s);
      if (i === 0) rendered = await page.content();
    }

    // The same screen as a static page (same HTML and CSS, no script, no API): what the browser alone costs.
    const staticHtml = rendered.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
    await page.route(`${base}/static-baseline`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: staticHtml }),
    );
    const staticTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      const s = performance.now();
      await page.goto(`${base}/static-baseline`, { waitUntil: 'commit' });
      await page.waitForSelector(firstScreen, { timeout: 30_000 });
      staticTimes.push(performance.now() - s);
    }

    const dash = median(dashboardTimes);
    const rows = [
      [
        'dashboard first screen (Chromium, API, PostgreSQL)',
        ms(dash),
        ms(Math.min(...dashboardTimes)),
        ms(Math.max(...dashboardTimes)),
        '1.00',
      ],
      [
        'baseline: same screen as a static page',
        ms(median(staticTimes)),
        ms(Math.min(...staticTimes)),
        ms(Math.max(...staticTimes)),
        (dash / median(staticTimes)).toFixed(2),
      ],
      [
        'baseline: server work alone (SQL + summary)',
        ms(median(serverTimes)),
        ms(Math.min(...serverTimes)),
        ms(Math.max(...serverTimes)),
        (dash / median(serverTimes)).toFixed(2),
      ],
    ];
    console.log(
      `\n${runs} runs each; ratio = dashboard median / row median; page ${Math.round(rendered.length / 1024)} KiB of HTML; ${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    console.log(textTable(['measurement', 'median', 'min', 'max', 'ratio'], rows));
    console.log(`\nfirst screen under 1 s: ${dash < 1000 ? 'yes' : 'NO'} (median ${ms(dash)}, worst ${ms(Math.max(...dashboardTimes))})`);
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  await handle.close();
  await server.close();
}
