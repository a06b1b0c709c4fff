import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { excellence as ar } from '../../web/i18n/ar/excellence.ts';
import { textIn } from '../support/texts.ts';

describe('issue 11 item 4: an unscored criterion is not "not applicable", and half-scored is not done', () => {
  let assessmentId: string;
  let leaves = 0;
  const running = useBrowserApp({
    seed: async (app) => {
      const pm = await app.apiAs('pm', 'pm-demo-2026');
      const cycle = await pm.excellence.cycles.create.mutate({
        number: 7,
        year: 2026,
        nameAr: 'الدورة السابعة',
        nameEn: 'Cycle 7',
        frameworkCode: 'gov-excellence',
        subjectKind: 'entity',
        subjectIds: ['ent-moi'],
        selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      assessmentId = cycle.assessmentIds[0]!;
      await pm.excellence.cycles.move.mutate({ id: cycle.cycleId, type: 'OPEN' });
      leaves = (await pm.excellence.assessments.get.query({ id: assessmentId })).applicableLeaves.length;
    },
  });

  it('shows لم يُقيَّم بعد until scored, لا ينطبق only when chosen, and counts a criterion once all its attributes are scored', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');
    await page.goto(`${running.url}/excellence/assessments/${assessmentId}`);
    const progress = (done: number) => textIn('ar')('excellence:selfAssessment.progress', { done, count: leaves });
    await page.getByText(progress(0)).waitFor();

    const first = page.locator('section.exc-node').first();
    const selects = first.locator('select');
    await expect.poll(() => selects.count()).toBeGreaterThan(1);
    const count = await selects.count();
    // Nothing entered yet: every control says "not scored yet", not "not applicable".
    for (let i = 0; i < count; i++) {
      const shown = await selects.nth(i).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
      expect(shown).toBe(ar.selfAssessment.notScored);
    }
    // "Not applicable" is still a choice of its own.
    expect(await selects.first().locator('option').allTextContents()).toContain(ar.selfAssessment.notApplicable);

    // One attribute of the criterion scored: saved, but the criterion is not done.
    await selects.nth(0).selectOption('60');
    const api = await running.apiAs('coord.moi', 'coord-demo-2026');
    await expect.poll(async () => (await api.excellence.assessments.selfScores.query({ id: assessmentId })).length).toBe(1);
    await expect
      .poll(() => selects.nth(1).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toBe(ar.selfAssessment.notScored);
    await page.getByText(progress(0)).waitFor();

    // Every attribute scored (one of them explicitly not applicable): now it counts.
    for (let i = 1; i < count; i++) {
      if (i === count - 1) await selects.nth(i).selectOption({ label: ar.selfAssessment.notApplicable });
      else await selects.nth(i).selectOption('40');
      await expect
        .poll(async () => {
          const [row] = await api.excellence.assessments.selfScores.query({ id: assessmentId });
          return Object.keys((row?.entry as { scores: Record<string, unknown> } | undefined)?.scores ?? {}).length;
        })
        .toBe(i + 1);
    }
    await page.getByText(progress(1)).waitFor();
    expect(await selects.nth(count - 1).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe(
      ar.selfAssessment.notApplicable,
    );
    expect(errors).toEqual([]);
  });
});
