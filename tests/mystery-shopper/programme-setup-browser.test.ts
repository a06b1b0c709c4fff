import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { mysteryShopper as ar } from '../../web/i18n/ar/mystery-shopper.ts';
import { errors as arErrors } from '../../web/i18n/ar/errors.ts';
import { onboardShoppers } from './shopper-world.ts';

describe('the programme manager sets up the mystery-shopper programme, in Arabic (browser)', () => {
  const running = useBrowserApp({
    // Two shoppers in the pool; the library and the periods start empty.
    seed: async ({ db, apiAs }) => {
      const pm = await apiAs('pm', 'pm-demo-2026');
      await onboardShoppers(pm, db, [
        { username: 'shopper01', employer: null, related: [] },
        { username: 'shopper02', employer: null, related: [] },
      ]);
    },
  });
  const count = async (table: 'mystery_scenarios' | 'mystery_periods') =>
    Number(
      (
        await running.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates a scenario, a period with a quota, generates the plan and reassigns a visit; bad input is refused in Arabic', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');

    // The programme page links to the setup pages.
    await page.goto(`${running.url}/mystery-shopper`);
    await page.getByRole('navigation', { name: ar.setup.nav }).getByRole('link', { name: ar.setup.scenarios.title }).click();
    const scenarioForm = page.getByRole('form', { name: ar.setup.scenarios.add });
    await scenarioForm.waitFor({ timeout: 45_000 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Arabic only is enough.
    const fillScenario = async () => {
      await scenarioForm.getByLabel(ar.setup.scenarios.code, { exact: true }).fill('renew-id');
      await scenarioForm.getByLabel(ar.setup.scenarios.serviceAr).fill('تجديد بطاقة الهوية');
      await scenarioForm.getByLabel(ar.setup.scenarios.personaAr).fill('موظف مستعجل في استراحة الغداء');
      await scenarioForm.getByLabel(ar.setup.scenarios.itemCode).fill('greet');
      await scenarioForm.getByLabel(ar.setup.scenarios.itemAr).fill('الترحيب خلال دقيقة');
      await scenarioForm.getByRole('button', { name: ar.setup.scenarios.add }).click();
    };
    await fillScenario();
    await page.locator('[data-scenario="renew-id"]').waitFor({ timeout: 30_000 });
    const scenario = await running.db.selectFrom('mystery_scenarios').selectAll().executeTakeFirstOrThrow();
    expect([scenario.service_ar, scenario.service_en, scenario.channel]).toEqual(['تجديد بطاقة الهوية', 'تجديد بطاقة الهوية', 'centre']);
    expect(await page.locator('[data-scenario="renew-id"]').textContent()).toContain('بند واحد');

    // The same code again: refused beside the form, in Arabic, and nothing added.
    await fillScenario();
    await expect.poll(() => scenarioForm.getByRole('alert').textContent(), { timeout: 30_000 }).toBe(ar.errors.scenarioCodeTaken);
    expect(await count('mystery_scenarios')).toBe(1);

    // Rewording the scenario in English only keeps the Arabic.
    await page.getByRole('button', { name: ar.setup.scenarios.editing.replace('{{code}}', 'renew-id') }).click();
    const wording = page.getByRole('form', { name: ar.setup.scenarios.editing.replace('{{code}}', 'renew-id') });
    await wording.getByLabel(ar.setup.scenarios.serviceEn).fill('Renew an ID card');
    await wording.getByRole('button', { name: ar.setup.save }).click();
    await wording.getByRole('status').waitFor({ timeout: 30_000 });
    const reworded = await running.db.selectFrom('mystery_scenarios').select(['service_ar', 'service_en']).executeTakeFirstOrThrow();
    expect(reworded).toEqual({ service_ar: 'تجديد بطاقة الهوية', service_en: 'Renew an ID card' });

    // A period that ends before it starts is refused in Arabic; nothing is created.
    await page.getByRole('navigation', { name: ar.setup.nav }).getByRole('link', { name: ar.setup.periods.title }).click();
    const periodForm = page.getByRole('form', { name: ar.setup.periods.add });
    await periodForm.waitFor({ timeout: 45_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await periodForm.getByLabel(ar.setup.nameAr).fill('الربع الثاني ٢٠٢٦');
    await periodForm.getByLabel(ar.setup.periods.startsOn).fill('2026-06-30');
    await periodForm.getByLabel(ar.setup.periods.endsOn).fill('2026-04-01');
    await periodForm.getByRole('button', { name: ar.setup.periods.add }).click();
    await expect.poll(() => periodForm.getByRole('alert').textContent(), { timeout: 30_000 }).toBe(ar.errors.periodDates);
    expect(await count('mystery_periods')).toBe(0);

    await periodForm.getByLabel(ar.setup.periods.startsOn).fill('2026-04-01');
    await periodForm.getByLabel(ar.setup.periods.endsOn).fill('2026-06-30');
    await periodForm.getByRole('button', { name: ar.setup.periods.add }).click();
    const quotaForm = page.getByRole('form', { name: ar.setup.periods.quotas });
    await quotaForm.waitFor({ timeout: 45_000 });
    await page.getByRole('heading', { name: 'الربع الثاني ٢٠٢٦', level: 1 }).waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A quota of two unannounced centre visits with the new scenario.
    await quotaForm.getByLabel(ar.programme.centre, { exact: true }).selectOption('ctr-moi-c01');
    await quotaForm.getByLabel(ar.setup.periods.scenario, { exact: true }).selectOption(scenario.id);
    await quotaForm.getByLabel(ar.setup.periods.visits, { exact: true }).fill('2');
    await quotaForm.getByTestId('save-quotas').click();
    await quotaForm.getByRole('status').waitFor({ timeout: 30_000 });
    const quotas = await running.db.selectFrom('mystery_quotas').select(['centre_id', 'channel', 'visits', 'announced']).execute();
    expect(quotas).toEqual([{ centre_id: 'ctr-moi-c01', channel: 'centre', visits: 2, announced: false }]);

    await page.getByTestId('generate-plan').click();
    await page.getByTestId('generate-plan-confirm').click();
    await page.getByText('خُطِّطت زيارتان.').waitFor({ timeout: 45_000 });
    const plan = page.getByTestId('period-plan');
    await expect.poll(() => plan.locator('tbody tr').count(), { timeout: 30_000 }).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reassign the first visit to the other shopper.
    const first = await running.db
      .selectFrom('mystery_visits')
      .select(['id', 'shopper_id'])
      .orderBy('centre_id')
      .orderBy('planned_on')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const other = await running.db
      .selectFrom('mystery_shoppers')
      .select('user_id')
      .where('user_id', '!=', first.shopper_id)
      .executeTakeFirstOrThrow();
    await plan.locator(`[data-visit="${first.id}"]`).getByRole('button').click();
    const change = page.getByTestId('visit-change');
    await change.getByLabel(ar.setup.periods.newShopper).selectOption(other.user_id);
    await change.getByLabel(ar.setup.periods.newDate).fill('2026-05-10');
    await change.getByTestId('reassign-visit').click();
    // The confirmation names the shopper and the day in Arabic digits.
    expect(await change.getByRole('alertdialog').getAttribute('aria-label')).toMatch(/١٠/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await change.getByTestId('reassign-visit-confirm').click();
    const visitOf = () =>
      running.db.selectFrom('mystery_visits').select(['shopper_id', 'planned_on']).where('id', '=', first.id).executeTakeFirstOrThrow();
    await expect.poll(visitOf, { timeout: 30_000, interval: 250 }).toEqual({ shopper_id: other.user_id, planned_on: '2026-05-10' });

    // Cancelling without a reason is refused and the visit stays assigned.
    await change.getByTestId('cancel-visit').click();
    await change.getByTestId('cancel-visit-confirm').click();
    await change.locator('[data-error-key]').waitFor({ timeout: 30_000 });
    expect(await change.locator('[data-error-key] p').textContent()).toBe(arErrors.validation);
    const state = await running.db.selectFrom('mystery_visits').select('state').where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(state.state).toBe('assigned');
    expect(errors).toEqual([]);
  });

  it('takes a shopper out of the pool only after confirming', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/mystery-shopper/shoppers`);
    const row = page.locator('[data-shopper="shopper02"]');
    await row.waitFor({ timeout: 45_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    const active = async () =>
      (await running.db.selectFrom('users').select('active').where('username', '=', 'shopper02').executeTakeFirstOrThrow()).active;
    await row.getByTestId('active-shopper02').click();
    expect(await row.getByRole('alertdialog').getAttribute('aria-label')).toBe(
      ar.setup.shoppers.confirmDeactivate.replace('{{name}}', 'متسوق 2'),
    );
    expect(await active()).toBe(true);
    await row.getByTestId('active-shopper02-confirm').click();
    await expect.poll(active, { timeout: 30_000, interval: 250 }).toBe(false);
    await row.getByText(ar.setup.shoppers.inactive).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
