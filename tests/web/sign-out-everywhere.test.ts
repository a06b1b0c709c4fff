import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, webDist } from '../support/web-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { signInInArabic } from '../support/browser-fixture.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';

// The button is database-agnostic (the API tests cover both databases); PGlite drives it end to end.
const pglite = testDatabases().find((t) => t.name === 'pglite')!;
const shots = '.tmp/sign-out-everywhere';

describe('sign out everywhere in a real browser', () => {
  let database: TestDatabase;
  let running: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuilt();
    mkdirSync(shots, { recursive: true });
    database = await pglite.create();
    running = await startTestApp(database, { staticDir: webDist });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await database?.close();
  });

  it('ends the session on every device and lands on the sign-in page', async () => {
    const contexts: BrowserContext[] = [await browser.newContext(), await browser.newContext()];
    try {
      const [laptop, phone] = await Promise.all(contexts.map((c) => c.newPage()));
      await signInInArabic(laptop!, running.url, 'pm', 'pm-demo-2026');
      await signInInArabic(phone!, running.url, 'pm', 'pm-demo-2026');

      // From the account card on the home page, in Arabic.
      await laptop!.getByTestId('sign-out-everywhere').scrollIntoViewIfNeeded();
      await laptop!.screenshot({ path: `${shots}/home-ar.png` });
      await laptop!.getByRole('button', { name: 'تسجيل الخروج من جميع الأجهزة' }).click();
      await laptop!.waitForURL(`${running.url}/login`);
      await expect.poll(() => laptop!.locator('h1').textContent()).toBe('تسجيل الدخول');

      // The other device's next request finds no session: it is sent to the sign-in page too.
      await phone!.reload();
      await phone!.waitForURL(/\/login/);
      expect(await running.db.selectFrom('sessions').select('user_id').where('user_id', '=', 'usr-pm').execute()).toEqual([]);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  }, 90_000);
});
