import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { signIn } from '../support/api-client.ts';
import { consultationFields } from './consultation-fixture.ts';

const hostile = '<img src=x onerror="window.__owned=1"><script>window.__owned=2</script>';

/**
 * A visitor on a 390 px phone in Arabic reads an open consultation, verifies an e-mail address,
 * votes and comments; the entity's coordinator publishes the comment from the moderation queue
 * and hides a reported one after confirming. Markup typed by a visitor shows as text.
 */
describe('e-participation in Arabic on a phone (browser)', () => {
  let id = '';
  let hostileId = '';
  const running = useBrowserApp({
    seed: async (app) => {
      const moh = await app.apiAs('coord.moh', 'coord-demo-2026');
      const now = new Date();
      id = (
        await moh.participation.manage.create.mutate({
          entityId: 'ent-moh',
          ...consultationFields(now, {
            opensAt: new Date(now.getTime() - 60_000).toISOString(),
            closesAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
          }),
        })
      ).id;
      await moh.participation.manage.schedule.mutate({ id });
      // An earlier visitor's comment full of markup, published by the moderator.
      const anon = await app.apiAs('participant', 'participant-demo-2026');
      hostileId = (await anon.participation.public.contribute.mutate({ id, body: hostile, authorName: 'زائر' })).id;
      await moh.participation.manage.moderate.mutate({ contributionId: hostileId, decision: 'publish' });
    },
  });

  it('lets a visitor read, verify, vote and comment; the coordinator moderates', async () => {
    const { page, errors } = await running.newPage({
      language: 'ar',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${running.url}/participate`);
    const card = page.getByTestId('consultation-card').first();
    await card.waitFor({ timeout: 45_000 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await card.getByRole('link', { name: 'مشروع لائحة مواعيد المراكز' }).click();

    await page.getByTestId('consultation-body').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('consultation-body').textContent()).toBe('نقترح تمديد ساعات العمل مساءً.');
    // The hostile comment is text on the page, and ran nothing.
    expect(await page.getByTestId('contributions').textContent()).toContain(hostile);
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // One voice per verified e-mail: a code by mail, then the poll.
    await page.getByLabel('البريد الإلكتروني').fill('visitor@example.org');
    await page.getByRole('button', { name: 'إرسال الرمز' }).click();
    await page.getByLabel('الرمز').waitFor({ timeout: 30_000 });
    const mail = await running.db
      .selectFrom('mail_outbox')
      .select('params')
      .where('recipient_address', '=', 'visitor@example.org')
      .executeTakeFirstOrThrow();
    await page.getByLabel('الرمز').fill(String((mail.params as { code: string }).code));
    await page.getByRole('button', { name: 'توثيق' }).click();
    await page.getByTestId('poll-form').waitFor({ timeout: 30_000 });
    await page.getByLabel('نعم').check();
    await page.getByRole('button', { name: 'إرسال إجاباتي' }).click();
    await page.getByTestId('poll-results').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('poll-results').textContent()).toContain('مشاركة واحدة');

    await page.getByLabel('تعليقك').fill('أقترح فتح المراكز حتى التاسعة مساءً');
    await page.getByRole('button', { name: 'إرسال التعليق' }).click();
    await page.getByText('شكراً لك. سيظهر تعليقك بعد مراجعته من المشرف.').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('contributions').textContent()).not.toContain('التاسعة');

    // The visitor reports the hostile comment.
    const hostileItem = page.getByTestId('contributions').locator('li').first();
    await hostileItem.getByRole('button', { name: 'إبلاغ' }).click();
    await hostileItem.getByLabel('لماذا ينبغي للمشرف مراجعة هذا التعليق؟').fill('محتوى برمجي');
    await hostileItem.getByRole('button', { name: 'إرسال البلاغ' }).click();
    await hostileItem.getByText('شكراً لك، سيراجعه المشرف.').waitFor({ timeout: 30_000 });

    // The coordinator's moderation queue, in Arabic on the same phone size.
    const staff = await running.newPage({
      language: 'ar',
      viewport: { width: 390, height: 844 },
      cookie: await signIn(running.url, 'coord.moh', 'coord-demo-2026'),
    });
    await staff.page.goto(`${running.url}/participation/moderation`);
    const pending = staff.page.getByTestId('moderation-item').filter({ hasText: 'التاسعة' });
    await pending.waitFor({ timeout: 45_000 });
    expect(await seriousAxeViolations(staff.page)).toEqual([]);
    await pending.getByRole('button', { name: 'نشر' }).click();
    await expect.poll(() => pending.count(), { timeout: 30_000 }).toBe(0);

    const reported = staff.page.getByTestId('moderation-item').filter({ hasText: 'بلاغ واحد' });
    await reported.waitFor({ timeout: 30_000 });
    await reported.getByLabel('سبب الإخفاء').fill('محتوى غير لائق');
    await reported.getByRole('button', { name: 'إخفاء' }).click();
    // Hiding is one-way for the public: it asks first.
    await reported.getByRole('alertdialog').waitFor();
    expect(
      await running.db.selectFrom('consultation_contributions').select('status').where('id', '=', hostileId).executeTakeFirstOrThrow(),
    ).toEqual({
      status: 'published',
    });
    await reported.getByRole('alertdialog').getByRole('button').first().click();
    await expect.poll(() => reported.count(), { timeout: 30_000 }).toBe(0);

    await page.reload();
    await page.getByTestId('contributions').waitFor({ timeout: 30_000 });
    const shown = await page.getByTestId('contributions').textContent();
    expect(shown).toContain('أقترح فتح المراكز حتى التاسعة مساءً');
    expect(shown).not.toContain('onerror');
    expect(errors).toEqual([]);
    expect(staff.errors).toEqual([]);
  });

  it('lets a coordinator draft in Arabic only and open it after confirming; the public page reads in English too', async () => {
    const { page, errors } = await running.newPage({
      language: 'ar',
      viewport: { width: 390, height: 844 },
      cookie: await signIn(running.url, 'coord.moh', 'coord-demo-2026'),
    });
    await page.goto(`${running.url}/participation/new`);
    await page.getByTestId('consultation-editor').waitFor({ timeout: 45_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('العنوان (بالعربية)').fill('استطلاع رأي حول خدمة المواعيد');
    await page.getByLabel('النص (بالعربية)').fill('نرغب في معرفة رأيكم في حجز المواعيد.');
    await page.getByRole('button', { name: 'إنشاء المسودة' }).click();
    await page.waitForURL(/\/participation\/cons-/, { timeout: 30_000 });
    const created = page.url().split('/').pop()!;
    await page.getByRole('button', { name: 'فتح استطلاع المرئيات' }).click();
    await page.getByRole('alertdialog').waitFor();
    // Nothing moves until the coordinator confirms.
    expect((await running.db.selectFrom('consultations').select('phase').where('id', '=', created).executeTakeFirstOrThrow()).phase).toBe(
      'draft',
    );
    await page.getByRole('alertdialog').getByRole('button', { name: 'تأكيد' }).click();
    await expect
      .poll(
        async () =>
          (await running.db.selectFrom('consultations').select('phase').where('id', '=', created).executeTakeFirstOrThrow()).phase,
        {
          timeout: 30_000,
        },
      )
      .toBe('scheduled');
    expect(errors).toEqual([]);

    const visitor = await running.newPage({ language: 'en' });
    await visitor.page.goto(`${running.url}/participate/${id}`);
    await visitor.page.getByTestId('consultation-body').waitFor({ timeout: 45_000 });
    expect(await visitor.page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    // English was left blank, so the Arabic text shows rather than nothing.
    expect(await visitor.page.getByTestId('consultation-body').textContent()).toBe('نقترح تمديد ساعات العمل مساءً.');
    expect(await seriousAxeViolations(visitor.page)).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });
});
