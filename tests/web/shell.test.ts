import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { navFor } from '../../web/app/navigation.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { reviewVisibility } from '../engine/fixtures/review-visibility.ts';
import { notify } from '../../api/notifications/inbox.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { reviewWorkflow } from '../engine/fixtures/review-workflow.ts';
import { signOffWorkflow } from './fixtures/sign-off-workflow.ts';

const shots = '.tmp/web-shell';
mkdirSync(shots, { recursive: true });

describe('web shell in a real browser', () => {
  let instanceId: string;
  let moiInstanceId: string;
  let editor: Actor;
  let reviewer: Actor;

  const running = useBrowserApp({
    registry: new WorkflowRegistry().register(reviewWorkflow(1)).register(signOffWorkflow()),
    visibility: reviewVisibility(['review', 'sign_off']),
    async seed({ db, app }) {
      // The fixture's own roles (editor, reviewer) act on behalf of the demo programme manager.
      const pm = await db
        .selectFrom('users')
        .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
        .select(['users.id', 'user_roles.entity_id'])
        .where('username', '=', 'pm')
        .executeTakeFirstOrThrow();
      editor = { id: pm.id, label: 'pm', roles: ['editor'], entityId: pm.entity_id };
      reviewer = { id: pm.id, label: 'pm', roles: ['reviewer'], entityId: pm.entity_id };
      const engine = app.services.engine;
      const started = await engine.start({
        kind: 'review',
        entityId: pm.entity_id,
        input: { title: 'Service charter review' },
        actor: editor,
      });
      instanceId = started.instanceId;
      await engine.send({ instanceId, event: { type: 'INCREMENT', by: 2 }, actor: editor });
      await engine.send({ instanceId, event: { type: 'SUBMIT' }, actor: editor });
      // One instance in the Ministry of Interior, which its coordinator may read.
      const moi = { id: null, label: 'system', roles: ['editor'], entityId: 'ent-moi' };
      moiInstanceId = (
        await engine.start({ kind: 'review', entityId: 'ent-moi', input: { title: 'Passport renewal journey' }, actor: moi })
      ).instanceId;
      await engine.send({ instanceId: moiInstanceId, event: { type: 'INCREMENT', by: 3 }, actor: moi });
    },
  });

  async function html(page: Page) {
    return page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
  }

  async function storedLocale(): Promise<string> {
    const row = await running.db.selectFrom('users').select('locale').where('username', '=', 'pm').executeTakeFirstOrThrow();
    return row.locale;
  }

  it('signs in, switches language both ways and shows the live audit trail of an instance', async () => {
    const { page, context, errors: pageErrors } = await running.newPage({ viewport: { width: 1280, height: 860 } });

    // Arabic is the default for a first visit; the sign-in page is already right-to-left.
    await page.goto(running.url);
    await page.waitForURL(/\/login$/);
    expect(await html(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('تسجيل الدخول');

    // A wrong password is refused with the translated message, in Arabic...
    await page.getByLabel('اسم المستخدم').fill('pm');
    await page.getByLabel('كلمة المرور').fill('not-the-password');
    await page.getByRole('button', { name: 'دخول' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('اسم المستخدم أو كلمة المرور غير صحيحة.');
    await page.screenshot({ path: `${shots}/login-error-ar-desktop.png` });

    // ...and in English once the visitor switches.
    await page.getByTestId('language-switch').click();
    // The other language's texts are fetched on the switch (web/i18n/catalogue.ts): the page turns when they arrive.
    await expect.poll(() => html(page)).toEqual({ dir: 'ltr', lang: 'en' });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('The username or password is not correct.');
    await page.screenshot({ path: `${shots}/login-error-en-desktop.png` });

    await page.getByLabel('Password').fill('pm-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${running.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome, Maryam Al-Kuwari');
    const profile = page.getByTestId('profile');
    await expect.poll(() => profile.textContent()).toContain('Programme manager');
    // The programme manager's home: cycles and their stages, overdue actions, largest gaps (none seeded here).
    const home = page.getByTestId('home');
    expect(await home.getAttribute('data-role')).toBe('programme_manager');
    await expect
      .poll(() => home.locator('h2').allTextContents())
      .toEqual(['Evaluation cycles in progress', 'Overdue actions by entity', 'Largest open gaps', 'Your account']);
    await expect.poll(() => home.textContent()).toContain('No cycle is in progress.');
    expect(await home.textContent()).toContain('No action is overdue.');
    expect(await home.textContent()).toContain('No open gap.');

    // Switch to Arabic while signed in: the document mirrors, the texts are the Arabic ones,
    // and the choice is saved on the account.
    await page.getByTestId('language-switch').click();
    // The other language's texts are fetched on the switch (web/i18n/catalogue.ts): the page turns when they arrive.
    await expect.poll(() => html(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await expect.poll(() => page.title()).toBe('تميّز | Tamayuz');
    const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' });
    await expect.poll(() => nav.locator('[data-nav="dashboard"]').textContent()).toBe('لوحة المتابعة');
    expect(await nav.locator('[data-nav="workflows"]').textContent()).toBe('مسارات العمل');
    expect(await nav.locator('[data-nav="cycles"]').textContent()).toBe('دورات التقييم');
    await expect.poll(() => page.locator('h1').textContent()).toBe('مرحباً، مريم الكواري');
    await expect.poll(() => profile.textContent()).toContain('مدير البرنامج');
    await expect.poll(storedLocale).toBe('ar');
    // The side navigation sits on the reading-start edge: the right in RTL.
    const navBox = (await nav.boundingBox())!;
    expect(navBox.x).toBeGreaterThan(1280 / 2);
    await page.screenshot({ path: `${shots}/home-ar-desktop.png` });

    // The choice survives a reload (localStorage).
    await page.reload();
    expect(await html(page)).toEqual({ dir: 'rtl', lang: 'ar' });

    // Workflows list → the instance.
    await nav.getByRole('link', { name: 'مسارات العمل' }).click();
    await page.waitForURL(/\/workflows$/);
    const list = page.getByTestId('instances');
    // Programme staff read across entities: both instances, the latest change first.
    await expect.poll(() => list.locator('tbody tr').count()).toBe(2);
    // The state filter narrows to the submitted one, and it lands in the address for sharing.
    await page.getByTestId('state-filter').fill('submitted');
    await page.getByRole('button', { name: 'تطبيق' }).click();
    await page.waitForURL(/\?state=submitted$/);
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    expect(await list.locator('tbody tr').first().textContent()).toContain('مكتب التطوير الحكومي');
    await page.screenshot({ path: `${shots}/workflows-ar-desktop.png` });
    await list.getByRole('link', { name: 'review' }).click();
    await page.waitForURL(new RegExp(`/workflows/${instanceId}$`));

    // Audit trail: start, INCREMENT, SUBMIT with their sequence numbers in Arabic-Indic digits.
    const trail = page.getByTestId('audit-trail');
    await expect.poll(() => trail.locator('tbody tr').count()).toBe(3);
    const seqs = await trail.locator('[data-seq]').allTextContents();
    expect(seqs).toEqual(['١', '٢', '٣']);
    const events = await trail.locator('[data-event]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));
    expect(events.slice(1)).toEqual(['INCREMENT', 'SUBMIT']);
    expect(await trail.locator('tbody tr').nth(1).textContent()).toContain('{"by":2}');
    expect(await page.getByTestId('instance-state').textContent()).toBe('submitted');
    // The demo programme manager holds none of the fixture's roles: no buttons to press.
    expect(await page.getByText('لا يوجد إجراء متاح لك في هذه الحالة.').count()).toBe(1);
    await expect.poll(() => page.getByText('مباشر').count()).toBe(1);

    // Live: an event sent elsewhere appears without a reload, and the state follows.
    await running.app.services.engine.send({ instanceId, event: { type: 'APPROVE', note: 'ok' }, actor: reviewer });
    await expect.poll(() => trail.locator('tbody tr').count(), { timeout: 15_000 }).toBe(4);
    expect(await trail.locator('[data-seq]').last().textContent()).toBe('٤');
    await expect.poll(() => page.getByTestId('instance-state').textContent()).toBe('approved');
    await page.screenshot({ path: `${shots}/instance-ar-desktop.png`, fullPage: true });

    // Back to English: left-to-right, Latin digits, English labels, saved on the account.
    await page.getByTestId('language-switch').click();
    // The other language's texts are fetched on the switch (web/i18n/catalogue.ts): the page turns when they arrive.
    await expect.poll(() => html(page)).toEqual({ dir: 'ltr', lang: 'en' });
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main navigation' }).locator('[data-nav="dashboard"]').textContent())
      .toBe('Dashboard');
    expect(await trail.locator('[data-seq]').allTextContents()).toEqual(['1', '2', '3', '4']);
    expect(await page.getByRole('heading', { name: 'Audit trail' }).count()).toBe(1);
    await expect.poll(storedLocale).toBe('en');
    await page.screenshot({ path: `${shots}/instance-en-desktop.png`, fullPage: true });

    // Signing out lands on the sign-in page, still in the chosen language.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${running.url}/login`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in');

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('fits a 390px phone: the navigation becomes a drawer on the reading-start side', async () => {
    const { page, context } = await running.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${running.url}/login`);
    await page.getByLabel('اسم المستخدم').fill('coord.moi');
    await page.getByLabel('كلمة المرور').fill('coord-demo-2026');
    await page.screenshot({ path: `${shots}/login-ar-phone.png` });
    await page.getByRole('button', { name: 'دخول' }).click();
    await page.waitForURL(`${running.url}/`);
    expect(await html(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    // Entity coordinator of the Ministry of Interior: their role and entity on the dashboard.
    await expect.poll(() => page.getByTestId('profile').textContent()).toContain('منسق الجهة');
    await expect.poll(() => page.getByTestId('profile').textContent()).toContain('وزارة الداخلية');

    // Nothing overflows sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' });
    expect(await nav.isVisible()).toBe(false);
    await page.screenshot({ path: `${shots}/home-ar-phone.png` });

    await page.getByRole('button', { name: 'فتح القائمة' }).click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    // Drawer against the right edge in RTL once it has slid in: its far edge is the viewport's.
    await expect
      .poll(async () => {
        const box = await nav.boundingBox();
        return box ? Math.round(box.x + box.width) : null;
      })
      .toBe(390);
    await page.screenshot({ path: `${shots}/menu-ar-phone.png` });
    // The drawer shows exactly the coordinator's entries (their list is pinned in navigation.test.ts).
    expect(await nav.locator('[data-nav]').evaluateAll((els) => els.map((el) => el.getAttribute('data-nav')))).toEqual(
      navFor('entity_coordinator').map((i) => i.id),
    );
    await nav.getByRole('link', { name: 'مسارات العمل' }).click();
    await page.waitForURL(/\/workflows$/);
    // The coordinator reads only their own entity's workflows: the ministry's, not the excellence body's.
    const list = page.getByTestId('instances');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    expect(await list.locator('tbody tr').first().textContent()).toContain('وزارة الداخلية');
    await list.getByRole('link').click();
    await page.waitForURL(new RegExp(`/workflows/${moiInstanceId}$`));
    const trail = page.getByTestId('audit-trail');
    await expect.poll(() => trail.locator('tbody tr').count()).toBe(2);
    // The engine's own start (no user) reads "the system"; both seq numbers in Arabic-Indic digits.
    expect(await trail.locator('[data-seq]').allTextContents()).toEqual(['١', '٢']);
    expect(await trail.locator('tbody tr').first().textContent()).toContain('النظام');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${shots}/instance-ar-phone.png`, fullPage: true });

    await page.getByTestId('language-switch').click();
    // The other language's texts are fetched on the switch (web/i18n/catalogue.ts): the page turns when they arrive.
    await expect.poll(() => html(page)).toEqual({ dir: 'ltr', lang: 'en' });
    await page.getByRole('button', { name: 'Open menu' }).click();
    const navEn = page.getByRole('navigation', { name: 'Main navigation' });
    await expect.poll(() => navEn.isVisible()).toBe(true);
    await expect.poll(async () => (await navEn.boundingBox())?.x).toBe(0);
    await page.screenshot({ path: `${shots}/menu-en-phone.png` });
    await context.close();
  }, 90_000);

  it("sends an available event from its button; a refused one explains why in the user's language", async () => {
    const coordinator = await running.db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['users.id', 'user_roles.entity_id'])
      .where('username', '=', 'coord.moi')
      .executeTakeFirstOrThrow();
    const actor: Actor = { id: coordinator.id, label: 'coord.moi', roles: ['entity_coordinator'], entityId: coordinator.entity_id };
    const engine = running.app.services.engine;
    const { instanceId: signOffId } = await engine.start({
      kind: 'sign_off',
      entityId: coordinator.entity_id,
      input: { title: 'Self-assessment 2026' },
      actor,
    });
    await engine.send({ instanceId: signOffId, event: { type: 'SUBMIT' }, actor });

    const { page, context } = await running.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${running.url}/workflows/${signOffId}`);
    // Signed out: the sign-in page, with the way back kept.
    await page.waitForURL(new RegExp(`/login\\?next=%2Fworkflows%2F${signOffId}$`));
    await page.locator('input[name=username]').fill('pm');
    await page.locator('input[name=password]').fill('pm-demo-2026');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(new RegExp(`/workflows/${signOffId}$`));
    // A new browser takes the language the account saved: the first test left it on English.
    await expect.poll(() => html(page)).toEqual({ dir: 'ltr', lang: 'en' });

    const buttons = page.getByTestId('available-events');
    await expect
      .poll(() => buttons.locator('button').evaluateAll((els) => els.map((el) => el.getAttribute('data-event'))))
      .toEqual(['APPROVE', 'RETURN']);
    const trail = page.getByTestId('audit-trail');
    await expect.poll(() => trail.locator('tbody tr').count()).toBe(2);

    // APPROVE needs a note: its button opens a form built from the payload's schema.
    await buttons.locator('[data-event="APPROVE"]').click();
    const dialog = page.getByTestId('event-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe('APPROVE');
    const note = dialog.getByLabel('Note');
    expect(await note.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    // Sent empty, the engine refuses; the message is the translated one and the field says what is wrong.
    await dialog.getByTestId('event-dialog-submit').click();
    const alert = dialog.locator('[data-error-key]');
    await expect.poll(() => alert.getAttribute('data-error-key')).toBe('workflow.INVALID_PAYLOAD');
    expect(await alert.textContent()).toContain('Some details of the action are missing or not valid.');
    expect(await dialog.locator('[data-field-issue="note"]').textContent()).toBe('Missing or not valid');
    expect(await trail.locator('tbody tr').count()).toBe(2);
    await page.screenshot({ path: `${shots}/instance-refused-en-desktop.png`, fullPage: true });
    // Cancelled, nothing was sent.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // RETURN carries nothing: it goes straight through. A third row, the state back to draft, no buttons left.
    await buttons.locator('[data-event="RETURN"]').click();
    await expect.poll(() => trail.locator('tbody tr').count()).toBe(3);
    expect(await trail.locator('[data-event]').last().getAttribute('data-event')).toBe('RETURN');
    await expect.poll(() => page.getByTestId('instance-state').textContent()).toBe('draft');
    await expect.poll(() => page.getByText('No action is open to you in this state.').count()).toBe(1);

    // Submitted again elsewhere, the buttons come back live; this time the note is filled in.
    await engine.send({ instanceId: signOffId, event: { type: 'SUBMIT' }, actor });
    await expect.poll(() => buttons.locator('button').count(), { timeout: 15_000 }).toBe(2);
    await buttons.locator('[data-event="APPROVE"]').click();
    await dialog.getByLabel('Note').fill('  Evidence complete  ');
    await page.screenshot({ path: `${shots}/instance-form-en-desktop.png` });
    await dialog.getByTestId('event-dialog-submit').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByTestId('instance-state').textContent()).toBe('approved');
    await expect.poll(() => trail.locator('tbody tr').count()).toBe(5);
    const rows = await running.db
      .selectFrom('workflow_events')
      .select(['seq', 'event_type', 'actor_label', 'payload'])
      .where('instance_id', '=', signOffId)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => [r.seq, r.event_type, r.actor_label])).toEqual([
      [1, 'xstate.init', 'coord.moi'],
      [2, 'SUBMIT', 'coord.moi'],
      [3, 'RETURN', 'pm'],
      [4, 'SUBMIT', 'coord.moi'],
      [5, 'APPROVE', 'pm'],
    ]);
    // The form trims what it sends.
    expect(rows[4]!.payload).toEqual({ note: 'Evidence complete' });

    // The session ends while the page is open (expired or revoked): the next request is refused, and the
    // user lands on the sign-in page with a notice, then back where they were.
    await running.db.deleteFrom('sessions').execute();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Workflows' }).click();
    await page.waitForURL(/\/login\?next=%2Fworkflows&expired=1$/);
    await expect
      .poll(() => page.getByTestId('session-expired').textContent())
      .toBe('Your session has ended. Sign in again to carry on where you were.');
    await page.locator('input[name=username]').fill('pm');
    await page.locator('input[name=password]').fill('pm-demo-2026');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/workflows$/);
    await expect.poll(() => page.getByTestId('instances').locator('tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  }, 90_000);

  it('shows each role its own home, with the unread count in the header', async () => {
    const leader = await running.db.selectFrom('users').select('id').where('username', '=', 'leader').executeTakeFirstOrThrow();
    await notify(running.db, [{ userId: leader.id }], { kind: 'improvement.inbox.title', params: {}, link: '/dashboard' });
    await notify(running.db, [{ userId: leader.id }], { kind: 'improvement.inbox.title', params: {}, link: null });

    async function signInAs(username: string, password: string, viewport = { width: 1280, height: 860 }) {
      const { page, context } = await running.newPage({ viewport });
      await page.goto(`${running.url}/login`);
      await page.locator('input[name=username]').fill(username);
      await page.locator('input[name=password]').fill(password);
      await page.locator('button[type=submit]').click();
      await page.waitForURL(`${running.url}/`);
      return { context, page };
    }

    // Leadership (Arabic, their saved language): the top three, the ways to the dashboard and rankings, two unread.
    const asLeader = await signInAs('leader', 'leader-demo-2026');
    const home = asLeader.page.getByTestId('home');
    await expect.poll(() => home.getAttribute('data-role')).toBe('leadership');
    await expect.poll(() => home.locator('h2').allTextContents()).toEqual(['الجهات الثلاث الأولى', 'لوحة القيادة', 'الترتيب', 'حسابك']);
    await expect.poll(() => home.textContent()).toContain('لا توجد نتائج منشورة بعد.');
    expect(await home.getByRole('link', { name: 'فتح لوحة القيادة' }).getAttribute('href')).toBe('/dashboard');
    expect(await home.getByRole('link', { name: 'فتح الترتيب' }).getAttribute('href')).toBe('/rankings');
    await expect.poll(() => asLeader.page.getByTestId('unread-count').textContent()).toBe('٢');
    expect(await asLeader.page.getByTestId('inbox-link').getAttribute('aria-label')).toBe('رسالتان غير مقروءتين');
    await asLeader.page.screenshot({ path: `${shots}/home-leadership-ar-desktop.png`, fullPage: true });
    await asLeader.page.getByTestId('inbox-link').click();
    await asLeader.page.waitForURL(/\/inbox$/);
    await asLeader.context.close();

    // An assessor on no team yet: their one card says so; nothing unread, so no badge.
    const asAssessor = await signInAs('assessor1', 'assessor-demo-2026', { width: 390, height: 844 });
    const assessorHome = asAssessor.page.getByTestId('home');
    await expect.poll(() => assessorHome.getAttribute('data-role')).toBe('assessor');
    await expect.poll(() => assessorHome.textContent()).toContain('لست عضواً في أي فريق تقييم بعد.');
    expect(await asAssessor.page.getByTestId('inbox-link').count()).toBe(1);
    expect(await asAssessor.page.getByTestId('unread-count').count()).toBe(0);
    expect(await asAssessor.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await asAssessor.page.screenshot({ path: `${shots}/home-assessor-ar-phone.png`, fullPage: true });
    await asAssessor.context.close();

    // A participant: their workshops (none yet).
    const asParticipant = await signInAs('participant', 'participant-demo-2026');
    await expect.poll(() => asParticipant.page.getByTestId('home').textContent()).toContain('لم تنضم إلى أي ورشة بعد.');
    await asParticipant.context.close();
  }, 90_000);
});
