import type { Browser, Page } from 'playwright-core';
import { signInStartsPerMinute } from '../../api/accounts/oidc/oidc-routes.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { oidcConfigFromEnv } from '../../api/accounts/oidc/oidc-config.ts';
import { adminChangesOf } from '../../api/admin/admin-change.ts';
import { apiClient, refusal } from '../support/api-client.ts';
import { launchBrowser } from '../support/browser.ts';
import { ensureWebBuilt, webDist } from '../support/web-build.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { freePort, startTestOidcProvider, type TestOidcProvider } from '../support/test-oidc-provider.ts';

/** People as the provider knows them; `fatima` is the demo coordinator coord.moi, the others have no account. */
const people: Record<string, Record<string, string>> = {
  fatima: { preferred_username: 'coord.moi', email: 'fatima@moi.example', name: 'Fatima Al-Mulla', name_ar: 'فاطمة الملا' },
  stranger: { preferred_username: 'stranger', email: 'stranger@example.test', name: 'A Stranger', name_ar: 'غريب' },
  noora: { preferred_username: 'noora', email: 'noora@moh.example', name: 'Noora Al-Thani', name_ar: 'نورة آل ثاني', entity_code: 'MOH' },
};

describe.each(testDatabases())('single sign-on through a real OpenID provider on $name', (target) => {
  let db: TestDatabase;
  let provider: TestOidcProvider;
  let browser: Browser;
  /** Refuses people without an account. */
  let refusing: { app: App; url: string };
  /** Provisions them with no role; local passwords off. */
  let provisioning: { app: App; url: string };

  beforeAll(async () => {
    await ensureWebBuilt();
    db = await target.create();
    const [providerPort, refusingPort, provisioningPort] = [await freePort(), await freePort(), await freePort()];
    const appUrls = [refusingPort, provisioningPort].map((p) => `http://127.0.0.1:${p}`);
    provider = await startTestOidcProvider({
      port: providerPort,
      redirectUris: appUrls.map((u) => `${u}/auth/oidc/callback`),
      postLogoutRedirectUris: appUrls.map((u) => `${u}/login`),
      claimsFor: (login) => people[login] ?? {},
    });
    const start = async (port: number, unknownPeople: 'refuse' | 'provision', passwords: boolean) => {
      const url = `http://127.0.0.1:${port}`;
      const oidc = oidcConfigFromEnv({
        TAMAYUZ_OIDC_ISSUER: provider.issuer,
        TAMAYUZ_OIDC_CLIENT_ID: provider.clientId,
        TAMAYUZ_OIDC_CLIENT_SECRET: provider.clientSecret,
        TAMAYUZ_OIDC_CLAIM_NAME_AR: 'name_ar',
        TAMAYUZ_OIDC_CLAIM_ENTITY: 'entity_code',
        TAMAYUZ_OIDC_UNKNOWN_PEOPLE: unknownPeople,
        TAMAYUZ_OIDC_LABEL: 'Test ID',
        TAMAYUZ_OIDC_LABEL_AR: 'الهوية التجريبية',
      });
      const app = createApp({ handle: db, staticDir: webDist, scheduler: false, oidc, publicUrl: url, passwordSignIn: passwords });
      await app.listen(port);
      return { app, url };
    };
    refusing = await start(refusingPort, 'refuse', true);
    provisioning = await start(provisioningPort, 'provision', false);
    await loadSeeds(refusing.app.services.db, { demoUsers: true });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await refusing?.app.close();
    await provisioning?.app.close();
    await provider?.close();
    await db?.close();
  });

  /** The product's view of the test database. */
  const store = () => refusing.app.services.db;

  async function newPage(language: 'ar' | 'en'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((lng) => localStorage.setItem('tamayuz.locale', lng), language);
    return context.newPage();
  }

  /** The provider's own development screens: any password, then consent when it asks. */
  async function signInAtProvider(page: Page, login: string, appUrl: string): Promise<void> {
    await page.waitForURL((u) => u.toString().startsWith(provider.issuer));
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any-password');
    await page.locator('button[type=submit]').click();
    await page.waitForURL((u) => u.toString().startsWith(appUrl) || u.toString().includes('/interaction/'));
    if (page.url().startsWith(provider.issuer)) await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((u) => u.toString().startsWith(appUrl));
  }

  it('redirects to the provider, signs in after login and consent, opens a session, and signs out at the provider too', async () => {
    const page = await newPage('en');
    await page.goto(`${refusing.url}/login`);
    const button = page.getByTestId('sso-sign-in');
    await expect.poll(() => button.textContent()).toBe('Sign in with Test ID');
    const authorizeRequest = page.waitForRequest((r) => r.url().startsWith(`${provider.issuer}/auth?`));
    await button.click();
    const authorize = new URL((await authorizeRequest).url());
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${refusing.url}/auth/oidc/callback`);
    await signInAtProvider(page, 'fatima', refusing.url);
    await page.waitForURL(`${refusing.url}/`);
    const me = await page.evaluate(async () => (await fetch('/trpc/auth.me')).json());
    expect(me.result.data).toMatchObject({ username: 'coord.moi', grants: [{ role: 'entity_coordinator', entityId: 'ent-moi' }] });
    const link = await store().selectFrom('user_identities').selectAll().where('subject', '=', 'fatima').executeTakeFirstOrThrow();
    expect(link.user_id).toBe('usr-coord-moi');
    const user = await store().selectFrom('users').select('email').where('id', '=', 'usr-coord-moi').executeTakeFirstOrThrow();
    expect(user.email).toBe('fatima@moi.example');
    expect(await store().selectFrom('oidc_sessions').select('token_hash').execute()).toHaveLength(1);
    expect(await store().selectFrom('oidc_sign_ins').select('state_hash').execute()).toHaveLength(0);

    await page.locator('header').getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL((u) => u.toString().startsWith(provider.issuer));
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((u) => u.toString().startsWith(`${refusing.url}/login`));
    const after = await page.evaluate(async () => (await fetch('/trpc/auth.me')).json());
    expect(after.result.data).toBeNull();
    expect(await store().selectFrom('sessions').select('user_id').where('user_id', '=', 'usr-coord-moi').execute()).toEqual([]);
    expect(await store().selectFrom('oidc_sessions').select('token_hash').execute()).toEqual([]);
    await page.context().close();
  });

  it('refuses a person with no account, in Arabic, and creates nothing', async () => {
    const page = await newPage('ar');
    await page.goto(`${refusing.url}/login`);
    await expect.poll(() => page.getByTestId('sso-sign-in').textContent()).toBe('الدخول عبر الهوية التجريبية');
    await page.getByTestId('sso-sign-in').click();
    await signInAtProvider(page, 'stranger', refusing.url);
    await page.waitForURL(`${refusing.url}/login?sso=unknownPerson`);
    await expect.poll(() => page.getByTestId('sso-refusal').textContent()).toBe('ليس لك حساب في تميّز بعد. اطلب من مكتب البرنامج إضافتك.');
    expect(await store().selectFrom('users').select('id').where('username', '=', 'stranger').execute()).toEqual([]);
    expect(await store().selectFrom('user_identities').select('subject').where('subject', '=', 'stranger').execute()).toEqual([]);
    await page.context().close();
  });

  it('provisions an unknown person with no role until an administrator grants one; passwords can be off', async () => {
    const page = await newPage('en');
    await page.goto(`${provisioning.url}/login`);
    await expect.poll(() => page.getByTestId('sso-sign-in').isVisible()).toBe(true);
    expect(await page.locator('input[name=password]').count()).toBe(0);
    expect(await refusal(apiClient(provisioning.url, null).auth.login.mutate({ username: 'pm', password: 'pm-demo-2026' }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.auth.passwordSignInOff',
    });
    await page.getByTestId('sso-sign-in').click();
    await signInAtProvider(page, 'noora', provisioning.url);
    await page.waitForURL(`${provisioning.url}/login?sso=awaitingRole`);
    await expect.poll(() => page.getByTestId('sso-refusal').textContent()).toContain('no role has been granted to you yet');
    const noora = await store()
      .selectFrom('users')
      .select(['id', 'email', 'display_name_ar', 'display_name_en', 'password_hash'])
      .where('username', '=', 'noora')
      .executeTakeFirstOrThrow();
    expect(noora).toMatchObject({
      email: 'noora@moh.example',
      display_name_ar: 'نورة آل ثاني',
      display_name_en: 'Noora Al-Thani',
      password_hash: null,
    });
    expect(await store().selectFrom('user_roles').select('role').where('user_id', '=', noora.id).execute()).toEqual([]);
    const trail = await adminChangesOf(store(), 'person', noora.id).execute();
    expect(trail.map((c) => c.action)).toEqual(['provisioned_by_sso']);
    expect(trail[0]?.after).toMatchObject({ username: 'noora', grants: [], claimedEntityId: 'ent-moh' });
    expect(await store().selectFrom('sessions').select('user_id').where('user_id', '=', noora.id).execute()).toEqual([]);

    // An administrator grants a role; the next sign-in goes through (the provider remembers her).
    await store().insertInto('user_roles').values({ user_id: noora.id, role: 'entity_coordinator', entity_id: 'ent-moh' }).execute();
    await page.getByTestId('sso-sign-in').click();
    await page.waitForURL((u) => u.toString().startsWith(provisioning.url) && !u.toString().includes('/login'));
    const me = await page.evaluate(async () => (await fetch('/trpc/auth.me')).json());
    expect(me.result.data).toMatchObject({ username: 'noora', grants: [{ role: 'entity_coordinator', entityId: 'ent-moh' }] });
    expect(await store().selectFrom('users').select('id').where('username', '=', 'noora').execute()).toHaveLength(1);
    await page.context().close();
  });

  it('refuses a callback whose state this browser did not start', async () => {
    const res = await fetch(`${refusing.url}/auth/oidc/callback?code=forged&state=forged`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?sso=expired');
    expect(res.headers.get('set-cookie')).not.toMatch(/tamayuz_session=[^;]/);
  });

  it('lets one address start only so many sign-ins a minute, so nobody can fill the waiting table', async () => {
    const waiting = async () => (await store().selectFrom('oidc_sign_ins').select('state_hash').execute()).length;
    const before = await waiting();
    const places: string[] = [];
    for (let i = 0; i < signInStartsPerMinute + 5; i++) {
      const res = await fetch(`${provisioning.url}/auth/oidc/login?next=/`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      places.push(res.headers.get('location')!.startsWith(provider.issuer) ? 'provider' : res.headers.get('location')!);
    }
    // The earlier tests started a sign-in or two from this address within the minute: they count too.
    const started = places.filter((p) => p === 'provider').length;
    expect(started).toBeGreaterThanOrEqual(signInStartsPerMinute - 3);
    expect(started).toBeLessThanOrEqual(signInStartsPerMinute);
    expect(places.slice(started)).toEqual(Array(places.length - started).fill('/login?sso=busy'));
    expect((await waiting()) - before).toBe(started);
  });
});
