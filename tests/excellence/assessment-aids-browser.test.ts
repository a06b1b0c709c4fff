import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { useBrowserApp } from '../support/browser-fixture.ts';
import type { ApiClient } from '../support/api-client.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { testFramework } from './test-framework.ts';

/** Latin digits for a text that may be written in Arabic-Indic ones. */
const latin = (text: string | null) => (text ?? '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));

/** A real 2×2 PNG, so the browser's preview has an image to decode. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = Buffer.from([0, 255, 0, 0, 0, 128, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('assessor and coordinator aids in Arabic: outline, evidence library, keyboard scoring', () => {
  let selfAssessmentId = '';
  let scoringId = '';
  const running = useBrowserApp({
    seed: async (app) => {
      const pm: ApiClient = await app.apiAs('pm', 'pm-demo-2026');
      const mun = await app.apiAs('coord.mun', 'coord-demo-2026');
      await pm.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
      const due = new Date(Date.now() + 86_400_000).toISOString();
      const base = { year: 2026, frameworkCode: 'test-model', subjectKind: 'entity' as const, selfAssessmentDueAt: due };
      // Cycle 1: MUN in independent scoring, with assessor1 as its only assessor.
      const c1 = await pm.excellence.cycles.create.mutate({
        ...base,
        number: 1,
        nameAr: 'الدورة الأولى',
        nameEn: 'Cycle 1',
        subjectIds: ['ent-mun'],
      });
      scoringId = c1.assessmentIds[0]!;
      await pm.excellence.cycles.move.mutate({ id: c1.cycleId, type: 'OPEN' });
      await mun.excellence.assessments.send.mutate({ id: scoringId, type: 'SUBMIT_SELF_ASSESSMENT' });
      await pm.excellence.assessments.assignTeam.mutate({ id: scoringId, assessorIds: ['usr-assessor1'], leadAssessorId: 'usr-assessor1' });
      await pm.excellence.cycles.move.mutate({ id: c1.cycleId, type: 'START_SCORING' });
      // Cycle 2: MOH's self-assessment, open.
      const c2 = await pm.excellence.cycles.create.mutate({
        ...base,
        number: 2,
        nameAr: 'الدورة الثانية',
        nameEn: 'Cycle 2',
        subjectIds: ['ent-moh'],
      });
      selfAssessmentId = c2.assessmentIds[0]!;
      await pm.excellence.cycles.move.mutate({ id: c2.cycleId, type: 'OPEN' });
    },
  });

  it('a coordinator jumps through the outline, sees each section’s completeness, and keeps an evidence library', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moh', 'coord-demo-2026');
    await page.goto(`${running.url}/excellence/assessments/${selfAssessmentId}`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    const outline = page.getByRole('navigation', { name: 'المخطط' });
    await outline.waitFor();
    await expect.poll(async () => latin(await page.getByTestId('outline-count-P1').textContent())).toBe('اكتمل 0 من 2');
    await page.getByTestId('score-A').selectOption('80');
    await expect.poll(async () => latin(await page.getByTestId('outline-count-P1').textContent())).toBe('اكتمل 1 من 2');
    expect(latin(await page.getByTestId('outline-count-P2').textContent())).toBe('اكتمل 0 من 1');
    // Jumping to a criterion moves the focus there.
    await outline.getByRole('link', { name: /نتائج المتعاملين/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('leaf-C');

    // Upload a file on A; it joins the entity's library.
    const bytes = png();
    await page.locator('#leaf-A input[type=file]').setInputFiles({ name: 'صورة الميثاق.png', mimeType: 'image/png', buffer: bytes });
    const onA = page.locator('#leaf-A').getByTestId('evidence-item');
    await onA.locator('.exc-evidence__name', { hasText: 'صورة الميثاق.png' }).waitFor();
    expect(await onA.textContent()).not.toContain('image/png');
    // Preview opens the image in the browser.
    const [preview] = await Promise.all([page.waitForEvent('popup'), onA.getByRole('link', { name: /معاينة/ }).click()]);
    await preview.waitForLoadState();
    await expect.poll(() => preview.evaluate(() => document.images[0]?.naturalWidth ?? 0)).toBe(2);
    await preview.close();
    // Download gives back the same bytes.
    const [download] = await Promise.all([page.waitForEvent('download'), onA.getByRole('link', { name: /تنزيل/ }).click()]);
    expect(download.suggestedFilename()).toBe('صورة الميثاق.png');
    const path = await download.path();
    expect(Buffer.compare((await import('node:fs')).readFileSync(path), bytes)).toBe(0);

    // Reuse the same file on criterion B, then remove it from B after a confirmation.
    const library = page.getByTestId('evidence-library');
    await library.getByLabel('استخدامه للمعيار').selectOption('B');
    await library.getByRole('button', { name: /^استخدام/ }).click();
    const onB = page.locator('#leaf-B').getByTestId('evidence-item');
    await onB.locator('.exc-evidence__name', { hasText: 'صورة الميثاق.png' }).waitFor();
    await library.getByText(/مستخدم في: A .*، B /).waitFor();
    await onB.getByRole('button', { name: /إزالة/ }).click();
    await onB.getByRole('button', { name: 'نعم، أزل' }).click();
    await expect.poll(() => onB.count()).toBe(0);
    expect(await onA.count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an assessor scores from the keyboard without touching the mouse, and typing in a field is left alone', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'assessor1', 'assessor-demo-2026');
    await page.goto(`${running.url}/excellence/assessments/${scoringId}`);
    await page.getByTestId('keyboard-hint').waitFor();
    await page.getByTestId('node-A').focus();
    await page.keyboard.press('8');
    await expect.poll(() => page.getByTestId('score-A').inputValue()).toBe('80');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByTestId('score-A').inputValue()).toBe('85');
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('leaf-B');
    await page.keyboard.press('6');
    await expect.poll(() => page.getByTestId('score-B').inputValue()).toBe('60');
    // A digit typed into the areas-for-improvement field is text, not a score.
    await page.getByTestId('node-B').getByLabel('فرص التحسين').pressSequentially('3 مراجعات');
    expect(await page.getByTestId('score-B').inputValue()).toBe('60');
    await page.getByTestId('node-B').focus();
    await page.keyboard.press('n');
    await page.keyboard.press('0');
    await expect.poll(() => page.getByTestId('score-C').inputValue()).toBe('100');
    const assessor = await running.apiAs('assessor1', 'assessor-demo-2026');
    await expect
      .poll(async () => (await assessor.excellence.scoring.myScores.query({ id: scoringId })).scores.map((s) => [s.nodeCode, s.percent]))
      .toEqual([
        ['A', 85],
        ['B', 60],
        ['C', 100],
      ]);
    await expect.poll(async () => latin(await page.getByTestId('outline-total').textContent())).toBe('اكتمل 3 من 3');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
