import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { loadJourneyDemo } from '../../seeds/journeys-loader.ts';

describe('journey map editor in Arabic (browser)', () => {
  // The demo: the newborn journey of the Ministry of Interior is in to-be design.
  const running = useBrowserApp({ seed: ({ db }) => loadJourneyDemo(db) });

  it('adds a step, moves it with the keyboard, saves, and finds it there after a reload', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');

    await page.goto(`${running.url}/journeys/newborn`);
    const editor = page.locator('[data-testid="map-editor"][data-version="to_be"]');
    await editor.waitFor({ timeout: 45_000 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('تسجيل مولود جديد');
    const firstStage = editor.locator('.journey-stage').first();
    const titles = () => firstStage.locator('.journey-step__title').allTextContents();
    const before = await titles();
    expect(before.length).toBeGreaterThan(0);

    // Add a step at the end of the first stage, in Arabic.
    await editor.getByLabel('عنوان الخطوة (بالعربية)').fill('استلام شهادة الميلاد عبر التطبيق');
    await editor.getByLabel('عنوان الخطوة (بالإنجليزية)').fill('Receive the birth certificate in the app');
    await editor.getByRole('button', { name: 'إضافة', exact: true }).click();
    await expect.poll(titles).toEqual([...before, 'استلام شهادة الميلاد عبر التطبيق']);

    // Keyboard: focus the new card and move it one place earlier with Alt+ArrowUp.
    const card = firstStage.locator('[data-testid="step-card"]', { hasText: 'استلام شهادة الميلاد عبر التطبيق' });
    await card.focus();
    await page.keyboard.press('Alt+ArrowUp');
    const expected = [...before.slice(0, -1), 'استلام شهادة الميلاد عبر التطبيق', before[before.length - 1]!];
    await expect.poll(titles).toEqual(expected);
    await expect
      .poll(() => page.getByTestId('map-announcer').textContent())
      .toContain(`أصبحت الخطوة ${before.length.toLocaleString('ar-QA')}`);
    // Focus stays on the moved card so the next key press moves it again.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('استلام شهادة الميلاد عبر التطبيق');

    await editor.getByRole('button', { name: 'حفظ الخريطة' }).click();
    await expect.poll(() => page.getByTestId('map-announcer').textContent()).toBe('حُفظت الخريطة.');

    await page.reload();
    await editor.waitFor({ timeout: 45_000 });
    await expect.poll(titles).toEqual(expected);
    expect(errors).toEqual([]);
  });

  it('edits every field of a step with the keyboard; the server refuses bad fields one by one, in Arabic', async () => {
    const { page } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');
    await page.goto(`${running.url}/journeys/newborn`);
    const editor = page.locator('[data-testid="map-editor"][data-version="to_be"]');
    await editor.waitFor({ timeout: 45_000 });
    const firstCard = editor.locator('[data-testid="step-card"]').first();
    const title = (await firstCard.locator('.journey-step__title').textContent())!;
    // Keyboard only: Tab from the card to its Edit button, Enter opens the editor, focus goes to its heading.
    await firstCard.getByRole('button', { name: `تعديل «${title}»` }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('step-editor');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await form.getByLabel('الرسوم').fill('-5');
    await form.getByLabel('شعور المتعامل').selectOption('-2');
    await form.getByLabel('خلف الكواليس (بعيداً عن نظر المتعامل)').check();
    await form.getByLabel('يلزم حضور المتعامل شخصياً').check();
    await form.getByRole('checkbox', { name: 'جواز السفر' }).check();
    await form.getByRole('button', { name: 'إضافة نقطة ألم' }).click();
    await form.getByLabel('نقطة الألم ١ (بالعربية)').last().fill('لا يعرف المتعامل حالة الطلب');
    await editor.getByRole('button', { name: 'حفظ الخريطة' }).click();
    // Refused by the server: each bad field carries its own Arabic reason; nothing saved.
    await expect.poll(() => page.getByTestId('step-error-fee').textContent()).toBe('لا يمكن أن تكون القيمة سالبة.');
    expect(await page.getByTestId('step-error-visitRequired').textContent()).toBe('لا يمكن أن تتطلب خطوة خلف الكواليس حضور المتعامل.');
    expect(await form.getByLabel('الرسوم').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('map-invalid').textContent()).toContain('لم تُحفظ الخريطة');
    // Correct them and save.
    await form.getByLabel('الرسوم').fill('25');
    await form.getByLabel('يلزم حضور المتعامل شخصياً').uncheck();
    const painEn = form.locator('input[lang="en"][id*="painPoints"]').last();
    await painEn.fill('The customer cannot see the status');
    await editor.getByRole('button', { name: 'حفظ الخريطة' }).click();
    await expect.poll(() => page.getByTestId('map-announcer').textContent()).toBe('حُفظت الخريطة.');
    await page.keyboard.press('Escape');
    await page.reload();
    await editor.waitFor({ timeout: 45_000 });
    await editor
      .locator('[data-testid="step-card"]')
      .first()
      .getByRole('button', { name: `تعديل «${title}»` })
      .click();
    expect(await form.getByLabel('الرسوم').inputValue()).toBe('25');
    expect(await form.getByLabel('شعور المتعامل').inputValue()).toBe('-2');
    expect(await form.getByLabel('خلف الكواليس (بعيداً عن نظر المتعامل)').isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'جواز السفر' }).isChecked()).toBe(true);
  });

  it('imports a CSV with bad rows in Arabic: refused whole with the bad-row report, then the good rows skipped through', async () => {
    const { page } = await running.newPage();
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/services/import`);
    const csv = [
      'service_code,channel,date,category,text',
      'MOI-CR-001,counter,2026-09-01,long_waiting,ok',
      'MOI-CR-001,fax,2026-09-31,fees,bad',
      'MOI-CR-001,web,2026-09-02,fees,ok',
    ].join('\n');
    await page.getByLabel('ملف CSV').setInputFiles({ name: 'complaints.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('import-result').getByRole('status').textContent())
      .toBe('رُفض الملف: صف واحد غير صحيح. لم يُكتب شيء.');
    const bad = page.getByTestId('bad-rows').locator('tbody tr');
    await expect.poll(() => bad.count()).toBe(2);
    expect(await bad.nth(0).textContent()).toContain('channel');
    expect(await bad.nth(0).textContent()).toContain('قناة غير معروفة');
    expect(await bad.nth(1).textContent()).toContain('ليس تاريخاً صحيحاً');
    expect(await page.getByTestId('import-progress').getAttribute('value')).toBe(
      await page.getByTestId('import-progress').getAttribute('max'),
    );

    await page.getByLabel('إذا وُجدت صفوف غير صحيحة').selectOption('skip');
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-result').getByRole('status').textContent()).toBe('استُورد ٢ صف وتُخطّي ١.');

    // Both attempts stay in the history (newest first); the refused one's report opens from there.
    const history = page.getByTestId('import-history').locator('tbody tr');
    await expect.poll(() => history.nth(0).textContent()).toContain('تم الاستيراد');
    expect(await history.nth(1).textContent()).toContain('مرفوض');
    await history.nth(1).getByRole('button', { name: 'عرض' }).click();
    await expect.poll(() => page.getByTestId('history-bad-rows').locator('tbody tr').count()).toBe(2);
  });

  it('records an improvement opportunity on the newborn to-be design and shows the server score', async () => {
    const { page } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');
    await page.goto(`${running.url}/journeys/newborn`);
    await page.getByRole('tab', { name: 'الأسباب وفرص التحسين' }).click();
    // The seeded why-chains are listed.
    await expect.poll(() => page.locator('.causes > li').count()).toBe(2);
    // Tracing a cause shows its complaints upstream and its steps downstream, from the server's walk.
    await page
      .locator('.causes > li', { hasText: 'عدد الموظفين في ساعات الذروة لا يكفي' })
      .getByRole('button', { name: 'تتبّع السلسلة' })
      .click();
    const chain = page.getByTestId('trace-chain');
    await expect.poll(() => chain.locator('li').nth(2).textContent()).toContain('مراجعة السجل المدني لتقديم طلب التسجيل');
    expect(await chain.locator('li').nth(0).textContent()).toMatch(/#\d+/);
    const form = page.getByRole('form', { name: 'إضافة فرصة تحسين' });
    await form.getByLabel('العنوان (بالعربية)').fill('إشعار ولادة إلكتروني');
    await form.getByLabel('العنوان (بالإنجليزية)').fill('Electronic birth notification');
    await form.getByLabel('القيمة للمتعاملين (١–٥)').selectOption('5');
    await form.getByLabel('الجهد (١ سهل – ٥ صعب)').selectOption('2');
    await form.getByRole('checkbox').first().check();
    await form.getByRole('button', { name: 'إضافة فرصة تحسين' }).click();
    // Value 5 + 3 = 8, per unit of effort 8 / 2 = 4, a quick win (value >= 7, effort <= 2).
    const row = page.locator('tr', { hasText: 'إشعار ولادة إلكتروني' });
    await expect.poll(() => row.textContent()).toContain('✓');
    expect(await row.locator('td').nth(2).textContent()).toBe('٨');
    expect(await row.locator('td').nth(4).textContent()).toBe('٤');
  });
});
