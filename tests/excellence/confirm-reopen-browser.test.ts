import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { testFramework } from './test-framework.ts';
import { excellence as ar } from '../../web/i18n/ar/excellence.ts';
import { common as arCommon } from '../../web/i18n/ar/common.ts';

/**
 * Issue 11 item 2, in the browser in Arabic: submitting a self-assessment shows what is complete
 * and missing (counted by the server) and asks first; cancelling changes nothing; confirming
 * submits; the programme manager reopens it with a reason; the coordinator can edit again; the
 * reason shows in the history.
 */
describe('a one-way submission asks first, and the manager can reopen it with a reason', () => {
  let assessmentId = '';
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
        entityTypes: { 'ent-mun': 'service_entity' },
        selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      assessmentId = cycle.assessmentIds[0]!;
      await pm.excellence.cycles.move.mutate({ id: cycle.cycleId, type: 'OPEN' });
      const mun = await app.apiAs('coord.mun', 'coord-demo-2026');
      await mun.excellence.assessments.saveSelfScore.mutate({ id: assessmentId, nodeCode: 'A', entry: { method: 'bands', score: 60 } });
    },
  });

  it('cancel changes nothing, confirm submits, the manager reopens with a reason, the coordinator edits again', async () => {
    const coordinatorApi = await running.apiAs('coord.mun', 'coord-demo-2026');
    const state = async () => (await coordinatorApi.excellence.assessments.get.query({ id: assessmentId })).state;
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.mun', 'coord-demo-2026');
    await page.goto(`${running.url}/excellence/assessments/${assessmentId}`);
    const submit = page.getByRole('button', { name: ar.selfAssessment.submit, exact: true });
    await submit.click();

    // The review: one of three criteria complete, the two missing named, what happens next.
    const dialog = page.getByRole('dialog', { name: ar.confirm.submitSelf.title });
    await dialog.getByText(/المعايير المقيّمة بالكامل: (1|١) من (3|٣)/).waitFor();
    expect(await dialog.getByTestId('review-missing').locator('li').allTextContents()).toEqual([
      expect.stringContaining('الحوكمة'),
      expect.stringContaining('C'),
    ]);
    await dialog.getByText(ar.confirm.submitSelf.next).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Focus starts on "cancel", inside the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(arCommon.confirmDialog.cancel);

    // Escape cancels, and so does the cancel button: nothing is submitted.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await submit.click();
    await dialog.getByRole('button', { name: arCommon.confirmDialog.cancel }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await state()).toBe('self_assessment.open');

    // Confirm submits.
    await submit.click();
    await dialog.getByRole('button', { name: ar.confirm.submitSelf.confirm }).click();
    await expect.poll(state).toBe('assessor_assignment');
    await expect.poll(() => submit.count()).toBe(0);

    // The programme manager reopens it, with a reason.
    const manager = await running.newPage();
    await running.signInInArabic(manager.page, 'pm', 'pm-demo-2026');
    await manager.page.goto(`${running.url}/excellence/assessments/${assessmentId}`);
    await manager.page.getByRole('button', { name: ar.reopen.title }).click();
    const reopen = manager.page.getByRole('dialog', { name: ar.reopen.title });
    const confirmReopen = reopen.getByRole('button', { name: ar.reopen.confirm });
    expect(await confirmReopen.isDisabled()).toBe(true);
    await reopen.getByLabel(ar.reopen.reason).fill('لم يُقيَّم سوى معيار واحد');
    expect(await seriousAxeViolations(manager.page)).toEqual([]);
    await confirmReopen.click();
    await expect.poll(state).toBe('self_assessment.open');
    const reason = ar.history.reason.replace('{{reason}}', 'لم يُقيَّم سوى معيار واحد');
    await manager.page.getByTestId('assessment-history').getByText(reason).waitFor();

    // The coordinator can edit again, and reads the reason in the history.
    await page.reload();
    await page.getByTestId('assessment-history').getByText(reason).waitFor();
    await page.getByLabel(`${ar.selfAssessment.score} B`).selectOption('70');
    await expect
      .poll(async () => (await coordinatorApi.excellence.assessments.selfScores.query({ id: assessmentId })).map((s) => s.nodeCode))
      .toEqual(['A', 'B']);
    const inbox = await coordinatorApi.notifications.list.query({ unreadOnly: false, limit: 20 });
    expect(inbox.filter((n) => n.kind === 'excellence.notices.selfAssessmentReopened').map((n) => n.params.reason)).toEqual([
      'لم يُقيَّم سوى معيار واحد',
    ]);
    expect(errors).toEqual([]);
    expect(manager.errors).toEqual([]);
  });
});
