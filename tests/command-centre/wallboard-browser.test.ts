import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { intlLocale } from '../../web/i18n/locale.ts';
import { adminClient, call, issue } from '../api-tokens/entity-system.ts';
import { ticketEvents } from './ticket-fixture.ts';

const arabic = (n: number) => new Intl.NumberFormat(intlLocale.ar).format(n);

describe('the command-centre wallboard in Arabic (browser)', () => {
  const running = useBrowserApp();

  it('shows the supervisor’s centres, updates live when the entity system pushes, and drills down to the day’s transactions', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    const token = await issue(await adminClient(running.url), 'ent-moi', ['push_centre_events']);
    await running.signInInArabic(page, 'supervisor.moi', 'supervisor-demo-2026');

    // The supervisor's home: their entity's centres, live.
    await page.getByTestId('home-centres').waitFor({ timeout: 45_000 });
    await expect.poll(() => page.getByTestId('home-centres').textContent(), { timeout: 30_000 }).toContain('مركز خدمات الجوازات - الشمال');
    expect(await page.getByTestId('home-centres').textContent()).not.toContain('الصحي');

    await page.goto(`${running.url}/command-centre/wallboard`);
    await expect.poll(() => page.getByTestId('cc-live').textContent(), { timeout: 45_000 }).toContain('مباشر');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('h1').first().textContent()).toContain('مركز القيادة والتحكم');
    await page.getByRole('button', { name: 'إيقاف التنقل' }).click();
    const centre = page.getByTestId('cc-wall-centre');
    expect(await centre.getAttribute('data-centre')).toBe('MOI-C01');
    const served = page.getByTestId('cc-wall-now').locator('[data-metric="served"] dd');
    const wait = page.getByTestId('cc-wall-now').locator('[data-metric="average_wait"] dd');
    expect(await served.textContent()).toBe(arabic(0));

    // The queue system pushes three served tickets; the wall changes without a reload.
    const ago = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const rows = [1, 2, 3].flatMap((n) =>
      ticketEvents('MOI-C01', `W${n}`, { issued: ago(14), called: ago(6), completed: ago(1) }, `C${n}`, 5),
    );
    const pushed = await call(running.url, '/api/v1/centre-events', { secret: token.secret, body: { rows } });
    expect(pushed.status).toBe(200);
    await expect.poll(() => served.textContent(), { timeout: 30_000 }).toBe(arabic(3));
    expect(await wait.textContent()).toContain(arabic(8));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Drill-down: the command centre, the centre, its counters and today's transactions.
    await page.goto(`${running.url}/command-centre`);
    await page.getByTestId('cc-centres').getByRole('link', { name: 'مركز خدمات الجوازات - الشمال' }).click();
    await expect.poll(() => page.getByTestId('cc-transactions').textContent(), { timeout: 30_000 }).toContain('W3');
    expect(await page.getByTestId('cc-counters').textContent()).toContain('C2');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows each centre’s public indices in Arabic to a visitor without an account', async () => {
    const { page, errors } = await running.newPage({ language: 'ar' });
    await page.goto(`${running.url}/transparency/centres`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 45_000 }).toBe('مراكز الخدمة: الرضا والأداء');
    await expect
      .poll(() => page.getByTestId('public-indices').textContent(), { timeout: 30_000 })
      .toContain('مركز خدمات الجوازات - الشمال');
    expect(await page.getByRole('columnheader', { name: 'مؤشر الرضا' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
