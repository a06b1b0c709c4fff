import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../support/web-build.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { launchBrowser } from '../support/browser.ts';
import { testFramework } from './test-framework.ts';




const pglite = testDatabases().find((t) => t.name === 'pglite')!;

describe('an assessor scores in Arabic in a real browser', () => {
  let db: TestDatabase;
  let running: RunningApp;
  let browser: Browser;
  let pm: ApiClient;
  let assessmentId: string;

  beforeAll(async () => {
    ensureWebBuilt();
    db = await pglite.create();
    running = await startTestApp(db, { staticDir: 'dist/web' });
    browser = await launchBrowser();
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    const coord = apiClient(running.url, await signIn(running.url, 'coord.mun', 'coord-demo-2026'));
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
    await pm.excellence.assessments.assignTeam.mutate({ id: assessmentId, assessorIds: ['usr-assessor1'], leadAssessorId: 'usr-assessor1' });
    await pm.excellence.cycles.move.mutate({ id: cycle.cycleId, type: 'START_SCORING' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await db?.close();
  });

  it('sees band descriptions and evidence beside each criterion, autosaves, and submits', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${running.url}/login`);
    await page.getByLabel('اسم المستخدم').fill('assessor1');
    await page.getByLabel('كلمة المرور').fill('assessor-demo-2026');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(`${running.url}/`);
    await page.goto(`${running.url}/excellence/assessments/${assessmentId}`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'التقييم المستقل' }).waitFor();
    // Band descriptions and the entity's evidence are on the screen with the controls.
    await page.getByText('لا توجد أدلة وشواهد على وجود منهجية أو نتائج.').waitFor();
    await page.getByText('محضر اجتماع اللجنة').waitFor();
    await page.getByText('تبقى درجات المقيّمين الآخرين مخفية حتى تقدّم درجاتك.').waitFor();

    for (const [node, score] of [['A', '80'], ['B', '60'], ['C', '70']] as const) {
      await page.getByTestId(`score-${node}`).selectOption(score);
      await expect.poll(() => page.getByTestId(`saved-${node}`).textContent()).toBe('تم الحفظ تلقائياً');
    }
    await page.getByTestId('node-B').getByLabel('فرص التحسين').fill('توثيق صلاحيات اتخاذ القرار');
    // Text autosaves after a short pause.
    await expect.poll(async () => {
      const mine = await apiClient(running.url, await signIn(running.url, 'assessor1', 'assessor-demo-2026')).excellence.scoring.myScores.query({ id: assessmentId });
      return mine.scores.map((s) => [s.nodeCode, s.percent, s.afis]);
    }, { timeout: 10_000 }).toEqual([
      ['A', 80, []],
      ['B', 60, ['توثيق صلاحيات اتخاذ القرار']],
      ['C', 70, []],
    ]);
    await page.getByRole('button', { name: 'تقديم درجاتي' }).click();
    // The only assessor (and lead) submitted: the assessment moves on and the lead sees the spread heat map.
    await page.getByRole('heading', { name: 'تباين الدرجات الفردية' }).waitFor();
    expect((await pm.excellence.assessments.get.query({ id: assessmentId })).state).toBe('consensus');
    await page.close();
  });
});
