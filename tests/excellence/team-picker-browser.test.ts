import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { testFramework } from './test-framework.ts';
import { excellence as ar } from '../../web/i18n/ar/excellence.ts';

describe('issue 11 item 5: the assigned team shows on the cycle page after a reload', () => {
  let cycleId: string;
  // MUN's assessment waits for its team; assessor1 and assessor2 are assigned, assessor2 leads.
  const running = useBrowserApp({
    seed: async (app) => {
      const pm = await app.apiAs('pm', 'pm-demo-2026');
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
      cycleId = cycle.cycleId;
      const assessmentId = cycle.assessmentIds[0]!;
      await pm.excellence.cycles.move.mutate({ id: cycle.cycleId, type: 'OPEN' });
      await coord.excellence.assessments.send.mutate({ id: assessmentId, type: 'SUBMIT_SELF_ASSESSMENT' });
      await pm.excellence.assessments.assignTeam.mutate({
        id: assessmentId,
        assessorIds: ['usr-assessor1', 'usr-assessor2'],
        leadAssessorId: 'usr-assessor2',
      });
    },
  });

  it('checks the assigned assessors and the lead, and the lead radio has a visible label', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    const pool = await (await running.apiAs('pm', 'pm-demo-2026')).excellence.cycles.pool.query();
    const name = (id: string) => pool.find((p) => p.userId === id)!.nameAr;
    await page.goto(`${running.url}/excellence/cycles/${cycleId}`);
    await page.getByRole('checkbox', { name: name('usr-assessor1') }).waitFor();
    for (const p of pool) {
      const assigned = p.userId === 'usr-assessor1' || p.userId === 'usr-assessor2';
      await expect.poll(() => page.getByRole('checkbox', { name: p.nameAr }).isChecked()).toBe(assigned);
    }
    // One radio per assessor, each named by its visible label (not an aria-label alone).
    const radios = page.getByRole('radio');
    expect(await radios.count()).toBe(pool.length);
    for (let i = 0; i < pool.length; i++) {
      const label = await radios.nth(i).evaluate((r: HTMLInputElement) => {
        const l = r.labels?.[0];
        return l && l.getBoundingClientRect().width > 0 ? (l.textContent ?? '').trim() : '';
      });
      expect(label).toContain(ar.cycles.lead);
    }
    const checked = await radios.evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked));
    expect(checked.filter(Boolean)).toHaveLength(1);
    const lead = pool.findIndex((p) => p.userId === 'usr-assessor2');
    expect(checked[lead]).toBe(true);
    expect(errors).toEqual([]);
  });
});
