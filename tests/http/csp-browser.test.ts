import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../seeds/loader.ts';
import { launchBrowser } from '../support/browser.ts';
import { signInInArabic } from '../support/browser-fixture.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { ensureWebBuilt, webDist } from '../support/web-build.ts';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

// The policy concerns the browser and the built bundle, not the database.
const pglite = testDatabases().find((t) => t.name === 'pglite')!;

/**
 * The built app under the server's Content-Security-Policy: signed in, across pages with charts,
 * maps and forms, nothing is blocked. A deliberate inline script is, which shows the policy is on.
 */
describe('the built web app under its Content-Security-Policy', () => {
  let db: TestDatabase;
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    db = await pglite.create();
    running = await startTestApp(db, { staticDir: webDist, seed: false });
    await loadSeeds(running.db, { demoUsers: true, demoWorkshop: true, demoJourneys: true, demoExcellence: true, demoImprovement: true });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every violation the page reports, kept in the page for the test to read.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
      );
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  it('signs in and renders pages with charts, maps and forms without a single violation', { timeout: 240_000 }, async () => {
    const response = await page.goto(`${running.url}/login`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signInInArabic(page, running.url, 'pm', 'pm-demo-2026');
    for (const path of [
      '/',
      '/dashboard',
      '/rankings',
      '/journeys',
      '/services',
      '/workshops',
      '/excellence/cycles',
      '/excellence/frameworks',
      '/gaps',
      '/actions',
      '/inbox',
    ]) {
      await page.goto(`${running.url}${path}`);
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('main, [role="main"], #root > *').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
    }
    // The journey map: the richest page (SVG and drag-and-drop).
    await page.goto(`${running.url}/journeys`);
    const firstJourney = page.locator('a[href^="/journeys/"]').first();
    await firstJourney.waitFor({ timeout: 30_000 });
    await firstJourney.click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.cspViolations), 'journey map').toEqual([]);
    expect(consoleErrors.filter((t) => /Content Security Policy/i.test(t))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('blocks an injected inline script: the policy is really in force', async () => {
    await page.goto(`${running.url}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.appendChild(script);
    });
    await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});
