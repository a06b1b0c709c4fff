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

/** Every dotted key of every namespace, bare and with its namespace: what a screen shows for a text it lacks. */
const anyRawKeys = Object.entries(namespaces).flatMap(([ns, texts]) =>
  keysOf(texts.en)
    .filter((k) => k.includes('.'))
    .flatMap((k) => [k, `${ns}:${k}`]),
);

// The sign-in page and the homes draw with the first part of the catalogue only (web/i18n/catalogues/en-first.ts);
// every other page loads the rest with its code. A home that starts to read another namespace shows it here.
describe('the first screens hold every text they show', () => {
  const running = useBrowserApp();
  const accounts = [
    ['pm', 'pm-demo-2026'],
    ['leader', 'leader-demo-2026'],
    ['coord.moi', 'coord-demo-2026'],
    ['assessor1', 'assessor-demo-2026'],
    ['facilitator', 'facilitator-demo-2026'],
    ['participant', 'participant-demo-2026'],
    ['supervisor.moi', 'supervisor-demo-2026'],
    ['ambassador.moi', 'ambassador-demo-2026'],
  ] as const;
  const cases = (['ar', 'en'] as const).flatMap((language) => accounts.map(([username, password]) => ({ language, username, password })));

  it.each(cases)(
    'shows $username no raw key on the home, nor on the pages its menu opens from there ($language)',
    async ({ language, username, password }) => {
      const loading = namespaces.common[language].status.loading;
      const cookie = await signIn(running.url, username, password);
      const { page, errors } = await running.newPage({ language, cookie });
      const shown: string[] = [];
      /** The page's text once the page in <main> has drawn (not the loading line the shell shows while it loads). */
      const drawnText = async () => {
        await expect
          .poll(async () => {
            const main = ((await page.locator('main').textContent()) ?? '').trim();
            return main !== '' && !main.startsWith(loading);
          })
          .toBe(true);
        return page.evaluate(() => `${document.title}\n${document.body.textContent ?? ''}`);
      };
      await page.goto(`${running.url}/`);
      await page.getByTestId('home').waitFor({ timeout: 60_000 });
      const home = await drawnText();
      shown.push(...anyRawKeys.filter((k) => home.includes(k)).map((k) => `/: ${k}`));
      // Leaving the home by the menu (no reload) brings the rest of the texts with the next page.
      const links = await page.locator('#side-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of links.filter((h) => h !== '/')) {
        await page.locator(`#side-nav a[href="${href}"]`).click();
        await page.waitForURL((url) => url.pathname === href.split('?')[0]);
        const text = await drawnText();
        shown.push(...anyRawKeys.filter((k) => text.includes(k)).map((k) => `${href}: ${k}`));
      }
      expect(shown).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
