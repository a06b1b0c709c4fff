import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import type { ApiClient } from '../support/api-client.ts';
import { testFramework } from './test-framework.ts';

describe('an assessor scores in Arabic in a real browser', () => {
  let pm: ApiClient;
  let assessmentId: string;
  // An assessment of MUN in scoring, with assessor1 as its only assessor and lead.
  const running = useBrowserApp({
    seed: async (app) => {
      pm = await app.apiAs('pm', 'pm-demo-2026');
      const coord = await app.apiAs('coord.mun', 'coord-demo-2026');
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
      assessmentId = cycle.assessmentIds[0]!;
      await pm.excellence.cycles.move.mutate({ id: cycle.cycleId, type: 'OPEN' });
      await coord.excellence.assessments.addEvidence.mutate({ id: assessmentId, nodeCode: 'A', kind: 'text', body: 'محضر اجتماع اللجنة' });
      await coord.excellence.assessments.send.mutate({ id: assessmentId, type: 'SUBMIT_SELF_ASSESSMENT' });
      await pm.excellence.assessments.assignTeam.mutate({
        id: assessmentId,
        assessorIds: ['usr-assessor1'],
        leadAssessorId: 'usr-assessor1',
      });
      await pm.excellence.cycles.move.mutate({ id: cycle.cycleId, type: 'START_SCORING' });
    },
  });

  it('sees band descriptions and evidence beside each criterion, autosaves, and submits', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'assessor1', 'assessor-demo-2026');
    await page.goto(`${running.url}/excellence/assessments/${assessmentId}`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'التقييم المستقل' }).waitFor();
    // Band descriptions and the entity's evidence are on the screen with the controls.
    await page.getByText('لا توجد أدلة وشواهد على وجود منهجية أو نتائج.').waitFor();
    await page.getByText('محضر اجتماع اللجنة').waitFor();
    await page.getByText('تبقى درجات المقيّمين الآخرين مخفية حتى تقدّم درجاتك.').waitFor();

    for (const [node, score] of [
      ['A', '80'],
      ['B', '60'],
      ['C', '70'],
    ] as const) {
      await page.getByTestId(`score-${node}`).selectOption(score);
      await expect.poll(() => page.getByTestId(`saved-${node}`).textContent()).toBe('تم الحفظ تلقائياً');
    }
    await page.getByTestId('node-B').getByLabel('فرص التحسين').fill('توثيق صلاحيات اتخاذ القرار');
    // Text autosaves after a short pause.
    const assessor = await running.apiAs('assessor1', 'assessor-demo-2026');
    await expect
      .poll(async () => {
        const mine = await assessor.excellence.scoring.myScores.query({ id: assessmentId });
        return mine.scores.map((s) => [s.nodeCode, s.percent, s.afis]);
      })
      .toEqual([
        ['A', 80, []],
        ['B', 60, ['توثيق صلاحيات اتخاذ القرار']],
        ['C', 70, []],
      ]);
    await page.getByRole('button', { name: 'تقديم درجاتي' }).click();
    // Submitting is one-way: the review counts the sheet on the server, then asks (issue 11 item 2).
    const review = page.getByRole('dialog', { name: 'تقديم درجاتك؟' });
    await review.getByText(/المعايير المقيّمة بالكامل: (3|٣) من (3|٣)/).waitFor();
    await review.getByRole('button', { name: 'تقديم درجاتي' }).click();
    // The only assessor (and lead) submitted: the assessment moves on and the lead sees the spread heat map.
    await page.getByRole('heading', { name: 'تباين الدرجات الفردية' }).waitFor();
    expect((await pm.excellence.assessments.get.query({ id: assessmentId })).state).toBe('consensus');
    // Each criterion of the spread table and of the consensus form shows its name beside its code, in Arabic.
    expect(await page.getByTestId('criterion-name').allTextContents()).toEqual(['الرؤية', 'الحوكمة', 'نتائج المتعاملين']);
    await page.getByRole('heading', { name: 'A الرؤية', level: 3 }).waitFor();
    expect(errors).toEqual([]);
  });
});
