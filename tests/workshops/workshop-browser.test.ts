import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../support/web-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn } from '../support/api-client.ts';

const shots = '.tmp/workshops';



// The pages are database-agnostic; PGlite is enough to drive them end to end.
const pglite = testDatabases().find((t) => t.name === 'pglite')!;

describe('co-design workshop in two browsers', () => {
  let db: TestDatabase;
  let running: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    mkdirSync(shots, { recursive: true });
    db = await pglite.create();
    running = await startTestApp(db, { staticDir: 'dist/web' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  it('a customer joins by invite code on a phone in Arabic, adds a note, and the facilitator sees it live', async () => {
    const cookie = await signIn(running.url, 'facilitator', 'facilitator-demo-2026');
    const fac = apiClient(running.url, cookie);
    const { id, inviteCode } = await fac.workshops.create.mutate({ templateId: 'half-day-co-design', title: { ar: 'ورشة المولود الجديد', en: 'New baby workshop' }, bundleId: 'bundle.new_baby' });
    await fac.workshops.addRepresentative.mutate({ id, userId: 'usr-coord-moi' });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });
    await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });

    const facContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = cookie.split('=') as [string, string];
    await facContext.addCookies([{ name, value, url: running.url }]);
    const console = await facContext.newPage();
    await console.goto(`${running.url}/workshops/${id}`);
    await console.getByTestId('invite-code').waitFor();
    expect(await console.getByTestId('invite-code').textContent()).toBe(inviteCode);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar', isMobile: true, hasTouch: true });
    const customer = await phone.newPage();
    await customer.goto(`${running.url}/join/${inviteCode}`);
    expect(await customer.locator('html').getAttribute('dir')).toBe('rtl');
    await customer.getByLabel('اسمك').fill('مريم');
    await customer.getByRole('button', { name: 'انضمام' }).click();
    await customer.waitForURL(`**/workshops/${id}`);
    await customer.getByTestId('workshop-phase').getByText('الاستكشاف').waitFor();
    // The customer sees only this workshop: the facilitator's controls are not there.
    expect(await customer.getByTestId('advance').count()).toBe(0);

    // The new participant shows up in the facilitator's list without a reload.
    await console.getByTestId('participants').getByText('مريم').waitFor({ timeout: 5000 });

    await customer.getByLabel('اكتب ملاحظة…').fill('راجعت أربعة مراكز خدمة بعد الولادة');
    await customer.getByRole('button', { name: 'إضافة ملاحظة' }).click();
    const sentAt = Date.now();
    await console.getByTestId('sticky-note').filter({ hasText: 'راجعت أربعة مراكز خدمة بعد الولادة' }).waitFor({ timeout: 5000 });
    const seenAfterMs = Date.now() - sentAt;
    expect(seenAfterMs).toBeLessThan(5000);
    await customer.getByTestId('sticky-note').filter({ hasText: 'راجعت أربعة مراكز خدمة بعد الولادة' }).waitFor();

    // Mobile first: nothing wider than the phone.
    const overflow = await customer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await customer.screenshot({ path: `${shots}/participant-390-ar.png`, fullPage: true });
    await console.screenshot({ path: `${shots}/facilitator-console.png`, fullPage: true });

    // The facilitator moves the room on; the phone follows.
    await console.getByTestId('advance').click();
    await customer.getByTestId('workshop-phase').getByText('توليد الأفكار').waitFor({ timeout: 5000 });
    await phone.close();

    // The bundle page shows the before/after the API computed: 15 steps → 5, 30 days → 5.
    await console.goto(`${running.url}/bundles/bundle.new_baby`);
    const steps = console.getByTestId('comparison').locator('tr[data-figure="steps"] td');
    await steps.first().waitFor();
    expect(await steps.allTextContents()).toEqual([expect.stringMatching(/^(15|١٥)$/), expect.stringMatching(/^(5|٥)$/), expect.stringMatching(/(10|١٠)/)]);
    await console.screenshot({ path: `${shots}/bundle-new-baby.png`, fullPage: true });
    await facContext.close();
  });
});
