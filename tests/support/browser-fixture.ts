import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import type { DB } from '../../api/db/schema.ts';
import type { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import type { VisibilityRules } from '../../api/access/visibility-rules.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { apiClient, signIn, type ApiClient } from './api-client.ts';
import { launchBrowser } from './browser.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { ensureWebBuilt, webDist } from './web-build.ts';

/** Signs in through the Arabic sign-in form, as a person would, and waits for the home page. */
export async function signInInArabic(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('اسم المستخدم').fill(username);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await page.waitForURL(`${baseUrl}/`);
}

export interface BrowserAppOptions {
  registry?: WorkflowRegistry;
  /** Who may read the registry's workflows (tests with their own workflow kinds give their own). */
  visibility?: VisibilityRules;
  /** What the pages under test need beyond the demo accounts and entities; runs before the browser starts. */
  seed?: (app: RunningBrowserApp) => Promise<unknown>;
}

/** The app as the seed step sees it: served, seeded with the demo accounts, no browser yet. */
export interface RunningBrowserApp {
  url: string;
  db: DB;
  app: App;
  /** A tRPC client signed in over HTTP, for setting the scene through the real API. */
  apiAs(username: string, password: string): Promise<ApiClient>;
}

export interface PageOptions extends BrowserContextOptions {
  /** The language the web app starts in (its localStorage choice); the app's own default otherwise. */
  language?: 'ar' | 'en';
  /** A session cookie (from `signIn`) the context starts with. */
  cookie?: string;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors the page threw; tests expect none. */
  errors: string[];
}

export interface BrowserApp extends RunningBrowserApp {
  browser: Browser;
  /** A page in a context of its own (cookies, storage), closed with the fixture if the test does not. */
  newPage(options?: PageOptions): Promise<OpenPage>;
  signInInArabic(page: Page, username: string, password: string): Promise<void>;
}

/**
 * The one browser-test fixture, for a `describe` block: makes sure dist/web is built and
 * current (see web-build.ts), serves it from the real app on a fresh PGlite database seeded
 * with the demo accounts (plus `seed`), launches Chromium, and tears it all down afterwards.
 * The pages are database-agnostic; the API suites cover both databases.
 */
export function useBrowserApp(options: BrowserAppOptions = {}): BrowserApp {
  let database: TestDatabase | undefined;
  let app: App | undefined;
  let browser: Browser | undefined;
  let url = '';
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the browser fixture's ${what} is used before beforeAll has run`);
    return value;
  };

  const fixture: BrowserApp = {
    get url() {
      return ready(url || undefined, 'url');
    },
    get db() {
      return ready(app, 'app').services.db;
    },
    get app() {
      return ready(app, 'app');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    async apiAs(username, password) {
      return apiClient(fixture.url, await signIn(fixture.url, username, password));
    },
    async newPage({ language, cookie, ...contextOptions } = {}) {
      const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
      if (language) await context.addInitScript((lng) => localStorage.setItem('tamayuz.locale', lng), language);
      if (cookie) {
        const [name, value] = cookie.split('=') as [string, string];
        await context.addCookies([{ name, value, url: fixture.url }]);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, context, errors };
    },
    signInInArabic(page, username, password) {
      return signInInArabic(page, fixture.url, username, password);
    },
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    const pglite = testDatabases().find((t) => t.name === 'pglite')!;
    database = await pglite.create();
    app = createApp({ handle: database, registry: options.registry, visibility: options.visibility, staticDir: webDist, scheduler: false });
    await loadSeeds(app.services.db, { demoUsers: true });
    url = await app.listen(0);
    await options.seed?.(fixture);
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  return fixture;
}
