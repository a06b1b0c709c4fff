import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { signIn } from '../support/api-client.ts';

/** Every message key of a namespace, dotted ('login.title'): what a screen shows when its text is missing. */
function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
// Short keys ('nav') also occur inside real words; dotted ones never do.
const rawKeys = keysOf(namespaces.common.en).filter((k) => k.includes('.'));

/** Every text the page has shown since it started loading, one snapshot per DOM change (set up before any script runs). */
async function watchTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shownTexts: string[] };
    w.shownTexts = [];
    new MutationObserver(() => w.shownTexts.push(`${document.title}\n${document.body?.textContent ?? ''}`)).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

async function rawKeysShown(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => (window as unknown as { shownTexts: string[] }).shownTexts);
  expect(texts.length).toBeGreaterThan(0);
  return rawKeys.filter((key) => texts.some((text) => text.includes(key)));
}

/** Which of `needles` appear in the scripts the page has requested so far. */
async function inScripts(scripts: Set<string>, needles: string[]): Promise<string[]> {
  const bodies = await Promise.all([...scripts].map(async (url) => (await fetch(url)).text()));
  return needles.filter((needle) => bodies.some((body) => body.includes(needle)));
}

describe('one language loaded at a time', () => {
  const running = useBrowserApp();
  const english = namespaces.common.en.app.tagline;
  const arabic = namespaces.common.ar.app.tagline;

  function recordScripts(page: Page): Set<string> {
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(request.url());
    });
    return scripts;
  }

  it('starts in Arabic with the Arabic texts only, and switches to English without showing a raw key', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await watchTexts(page);
    const scripts = recordScripts(page);
    await page.goto(`${running.url}/login`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('تسجيل الدخول');
    expect(await inScripts(scripts, [arabic, english])).toEqual([arabic]);

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    // The English texts came with the switch.
    expect(await inScripts(scripts, [english])).toEqual([english]);
    expect(await rawKeysShown(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws a signed-in first screen in English with the English texts only and no raw key', async () => {
    const cookie = await signIn(running.url, 'pm', 'pm-demo-2026');
    const { page, errors } = await running.newPage({ language: 'en', cookie });
    await watchTexts(page);
    const scripts = recordScripts(page);
    await page.goto(`${running.url}/`);
    await page.getByTestId('home').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Sign out', exact: true }).first().waitFor();
    expect(await inScripts(scripts, [arabic, english])).toEqual([english]);
    expect(await rawKeysShown(page)).toEqual([]);

    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'تسجيل الخروج', exact: true }).first().waitFor();
    expect(await rawKeysShown(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
