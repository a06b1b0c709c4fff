import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { entityHeader } from './files.ts';
import { stringify } from 'csv-stringify/sync';

const file = (rows: string[][]) => ({
  name: 'entities.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(stringify([entityHeader, ...rows])),
});

describe('bulk onboarding in the browser, in Arabic', () => {
  const app = useBrowserApp();

  it('uploads a list with a bad row, shows the translated report, then imports the good rows when told to skip', async () => {
    const { page, errors } = await app.newPage({ language: 'ar' });
    await app.signInInArabic(page, 'admin', 'admin-demo-2026');
    await page.goto(`${app.url}/admin`);
    await page.getByRole('link', { name: 'الإدخال الجماعي' }).click();
    await page.waitForURL(`${app.url}/admin/onboarding`);
    await expect.poll(() => page.getByTestId('onboarding-columns').textContent(), { timeout: 30_000 }).toContain('delivers_services');

    await page.getByTestId('onboarding-file').setInputFiles(
      file([
        ['WB1', 'جهة المتصفح', 'Browser Entity', 'ministry', 'health', 'yes'],
        ['WB2', 'جهة خاطئة', 'Wrong Entity', 'agency', 'health', ''],
      ]),
    );
    await page.getByTestId('onboarding-import').click();
    const report = page.getByTestId('onboarding-report');
    await expect.poll(() => report.getAttribute('data-testid'), { timeout: 30_000 }).toBe('onboarding-report');
    await expect.poll(() => report.getByRole('status').textContent(), { timeout: 30_000 }).toContain('لم يُستورد شيء');
    const problems = page.getByTestId('onboarding-problems');
    expect(await problems.locator('tbody tr').count()).toBe(1);
    const cells = await problems.locator('tbody tr td').allTextContents();
    expect(cells[0]).toBe('٣');
    expect(cells[1]).toBe('type');
    expect(cells[2]).toBe('«agency» ليست من القيم: ministry, authority, council, municipality, corporation.');
    expect(await app.db.selectFrom('entities').select('id').where('code', 'in', ['WB1', 'WB2']).execute()).toEqual([]);

    await page.getByTestId('onboarding-skip').check();
    await page.getByTestId('onboarding-import').click();
    await expect
      .poll(() => page.getByTestId('onboarding-report').getByRole('status').textContent(), { timeout: 30_000 })
      .toContain('تم الاستيراد');
    const stored = await app.db.selectFrom('entities').select(['code', 'name_ar']).where('code', 'in', ['WB1', 'WB2']).execute();
    expect(stored).toEqual([{ code: 'WB1', name_ar: 'جهة المتصفح' }]);
    expect(errors).toEqual([]);
  }, 120_000);
});
