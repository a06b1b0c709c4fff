import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { createScenarios, onboardShoppers, shopperPassword, t } from './shopper-world.ts';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('the mystery shopper’s visit form on a phone, offline, in Arabic (browser)', () => {
  let visitId = '';
  const running = useBrowserApp({
    // One shopper, one unannounced centre visit planned for them.
    seed: async ({ db, apiAs }) => {
      const pm = await apiAs('pm', 'pm-demo-2026');
      const scenarios = await createScenarios(pm);
      await onboardShoppers(pm, db, [{ username: 'shopper01', employer: null, related: [] }]);
      const { id } = await pm.mysteryShopper.periods.create.mutate({
        name: t('March 2026', 'مارس 2026'),
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
        seed: 7,
        cycleId: null,
      });
      await pm.mysteryShopper.periods.setQuotas.mutate({
        id,
        quotas: [{ centreId: 'ctr-moi-c01', channel: 'centre', scenarioId: scenarios.centre, visits: 1, announced: false }],
      });
      await pm.mysteryShopper.periods.generate.mutate({ id });
      visitId = (await db.selectFrom('mystery_visits').select('id').executeTakeFirstOrThrow()).id;
    },
  });

  const submits = () =>
    running.db.selectFrom('workflow_events').select('seq').where('instance_id', '=', visitId).where('event_type', '=', 'SUBMIT').execute();
  const photos = () => running.db.selectFrom('mystery_visit_photos').select('id').where('visit_id', '=', visitId).execute();
  const state = async () =>
    (await running.db.selectFrom('mystery_visits').select('state').where('id', '=', visitId).executeTakeFirstOrThrow()).state;

  it('is filled without signal, kept on the phone, sent once when back online', async () => {
    const { page, context, errors } = await running.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, language: 'ar' });
    await running.signInInArabic(page, 'shopper01', shopperPassword);
    // The shopper's home lists the visit.
    const item = page.locator(`[data-testid="shopper-visits"] [data-visit="${visitId}"]`);
    await item.waitFor({ timeout: 45_000 });
    await item.getByRole('link').click();
    const form = page.getByRole('form', { name: 'تقرير الزيارة' });
    await form.waitFor({ timeout: 45_000 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Nothing overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await context.setOffline(true);
    await page.getByTestId('offline-banner').waitFor({ timeout: 20_000 });
    await form.getByLabel('رقم التذكرة').fill('A-017');
    await form.getByLabel('وقت الانتظار (بالدقائق)').fill('18');
    await form.getByLabel('وقت تقديم الخدمة (بالدقائق)').fill('7');
    const answer = (code: string, label: string) =>
      form.locator(`[data-item="${code}"]`).getByRole('radio', { name: label, exact: true }).check();
    await answer('greet', 'غير متحقق');
    await answer('ticket', 'متحقق');
    await answer('explain', 'متحقق');
    await answer('survey', 'لا ينطبق');
    await form.getByLabel('ملاحظات').fill('انتظرت طويلاً قبل الترحيب');
    await form.getByLabel('إضافة صورة').setInputFiles({ name: 'queue.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => form.getByText('صورة واحدة').count()).toBe(1);
    await page.getByTestId('submit-visit').click();
    await page.getByTestId('submit-visit-confirm').click();
    await page.getByTestId('queued-notice').waitFor({ timeout: 20_000 });
    // Kept in the browser's storage; the server has nothing yet.
    const queued = await page.evaluate((id) => localStorage.getItem(`tamayuz.mysteryShopper.outbox.${id}`), visitId);
    expect(JSON.parse(queued!)).toMatchObject({ visitId, report: { ticket: 'A-017', waitingMinutes: 18, answers: { greet: 'fail' } } });
    expect([await state(), (await submits()).length, (await photos()).length]).toEqual(['assigned', 0, 0]);

    // Back online: the phone sends the report on its own.
    await context.setOffline(false);
    await expect.poll(state, { timeout: 30_000, interval: 250 }).toBe('submitted');
    await expect.poll(() => page.evaluate((id) => localStorage.getItem(`tamayuz.mysteryShopper.outbox.${id}`), visitId)).toBeNull();

    // The same report sent again (an answer lost on the way back): the keys make it write nothing new.
    await page.evaluate((entry) => localStorage.setItem(`tamayuz.mysteryShopper.outbox.${entry.visitId}`, entry.raw), {
      visitId,
      raw: queued!,
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate((id) => localStorage.getItem(`tamayuz.mysteryShopper.outbox.${id}`), visitId), { timeout: 30_000 })
      .toBeNull();
    expect([await state(), (await submits()).length, (await photos()).length]).toEqual(['submitted', 1, 1]);
    await page.getByTestId('visit-report').waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is accepted by the programme manager, published, and shown in the public annual report (Arabic and English)', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/mystery-shopper/visits/${visitId}`);
    await page.getByTestId('accept-visit').waitFor({ timeout: 45_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('accept-visit').click();
    await page.getByTestId('accept-visit-confirm').click();
    await expect.poll(state, { timeout: 30_000, interval: 250 }).toBe('accepted');
    // The failed item is a gap on the centre's entity, leading back to the visit.
    const gap = await running.db
      .selectFrom('gap_sources')
      .select(['item_id', 'container_id'])
      .where('kind', '=', 'mystery_shopper_finding')
      .execute();
    expect(gap).toEqual([{ item_id: 'greet', container_id: visitId }]);

    await page.goto(`${running.url}/mystery-shopper`);
    await page.getByTestId('programme-visits').waitFor({ timeout: 45_000 });
    // The pool, with each shopper's profile in Arabic.
    await expect.poll(() => page.getByTestId('shopper-pool').locator('tbody tr').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('shopper-pool').locator('tbody td').first().textContent()).toBe('مواطن · ١٨–٢٩ · امرأة · من ذوي الإعاقة');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'نشر النتائج' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'تأكيد' }).click();
    await page.getByText('منشورة', { exact: true }).waitFor({ timeout: 30_000 });

    const entityId = (
      await running.db.selectFrom('service_centres').select('entity_id').where('id', '=', 'ctr-moi-c01').executeTakeFirstOrThrow()
    ).entity_id;
    for (const language of ['ar', 'en'] as const) {
      const visitor = await running.newPage({ language });
      await visitor.page.goto(`${running.url}/mystery-shopper/report/${entityId}/2026`);
      const row = visitor.page.locator('[data-testid="report-table"] [data-centre="ctr-moi-c01"]');
      await row.waitFor({ timeout: 45_000 });
      // greet failed, ticket and explain (weight 2) met, survey did not apply: 3 of 4.
      expect(await visitor.page.getByTestId('report-score').textContent()).toBe(language === 'ar' ? '٧٥' : '75');
      expect(await seriousAxeViolations(visitor.page)).toEqual([]);
      expect(visitor.errors).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
