import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { testFramework } from './test-framework.ts';

/** Issue 11, item 10: the cycle page offers only the moves the cycle's stage accepts, and says what the rest need. */
describe('the cycle page offers only the moves its stage accepts', () => {
  let cycleId = '';
  const running = useBrowserApp({
    seed: async (app) => {
      const pm = await app.apiAs('pm', 'pm-demo-2026');
      await pm.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
      const cycle = await pm.excellence.cycles.create.mutate({
        number: 1,
        year: 2026,
        nameAr: 'الدورة الأولى',
        nameEn: 'Cycle 1',
        frameworkCode: 'test-model',
        subjectKind: 'entity',
        subjectIds: ['ent-mun'],
        selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      cycleId = cycle.cycleId;
    },
  });

  it('shows Open on a draft, then Start scoring once open, with a translated hint for each other move', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/excellence/cycles/${cycleId}`);
    const open = page.getByRole('button', { name: 'فتح', exact: true });
    await open.waitFor();
    for (const name of ['بدء التقييم', 'بدء المعايرة', 'نشر النتائج', 'إغلاق الدورة']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    const hints = page.getByTestId('cycle-move-hints');
    await hints.getByText('نشر النتائج: يتطلب بدء المعايرة.').waitFor();
    await hints.getByText('بدء التقييم: يتطلب دورة مفتوحة.').waitFor();

    await open.click();
    // Every cycle move is one-way: it shows what it moves and asks first (issue 11 item 2).
    const review = page.getByRole('dialog', { name: 'فتح: تأكيد' });
    await review.getByText(/التقييمات التي تنتقل: (1|١) من (1|١)/).waitFor();
    await review.getByRole('button', { name: 'فتح', exact: true }).click();
    await page.getByRole('button', { name: 'بدء التقييم', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'فتح', exact: true }).count()).toBe(0);
    await hints.getByText(/^فتح: /).waitFor();
    expect(errors).toEqual([]);
  });
});
