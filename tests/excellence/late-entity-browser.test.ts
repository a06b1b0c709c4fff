import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { testFramework } from './test-framework.ts';
import { excellence as ar } from '../../web/i18n/ar/excellence.ts';
import { excellenceErrors as arErrors } from '../../web/i18n/ar/excellence.ts';

const bands = (score: number) => ({ method: 'bands' as const, score });

/**
 * Issue 11 item 1, in the browser in Arabic: the municipality submits its self-assessment after the
 * cycle started scoring. The programme manager ticks it on the cycle page; starting scoring for it
 * says why it cannot yet (no team); assigning its team starts its scoring, so it is no longer stuck.
 */
describe('a late entity is not stuck in assessor assignment', () => {
  let cycleId = '';
  let munId = '';
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
        subjectIds: ['ent-moh', 'ent-mun'],
        entityTypes: { 'ent-moh': 'service_entity', 'ent-mun': 'service_entity' },
        selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      cycleId = cycle.cycleId;
      await pm.excellence.cycles.move.mutate({ id: cycleId, type: 'OPEN' });
      const view = await pm.excellence.cycles.get.query({ id: cycleId });
      const idOf = (entity: string) => view.assessments.find((a) => a.entityId === entity)!.id;
      munId = idOf('ent-mun');
      const moh = await app.apiAs('coord.moh', 'coord-demo-2026');
      for (const node of ['A', 'B', 'C'])
        await moh.excellence.assessments.saveSelfScore.mutate({ id: idOf('ent-moh'), nodeCode: node, entry: bands(70) });
      await moh.excellence.assessments.send.mutate({ id: idOf('ent-moh'), type: 'SUBMIT_SELF_ASSESSMENT' });
      await pm.excellence.assessments.assignTeam.mutate({
        id: idOf('ent-moh'),
        assessorIds: ['usr-assessor1'],
        leadAssessorId: 'usr-assessor1',
      });
      await pm.excellence.cycles.move.mutate({ id: cycleId, type: 'START_SCORING' });
      // The municipality submits after scoring started.
      const mun = await app.apiAs('coord.mun', 'coord-demo-2026');
      for (const node of ['A', 'B', 'C'])
        await mun.excellence.assessments.saveSelfScore.mutate({ id: munId, nodeCode: node, entry: bands(55) });
      await mun.excellence.assessments.send.mutate({ id: munId, type: 'SUBMIT_SELF_ASSESSMENT' });
    },
  });

  it('the manager ticks the late entity, is told it needs a team, assigns one, and its scoring starts', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/excellence/cycles/${cycleId}`);
    const progress = page.getByTestId('cycle-progress');
    const munRow = progress.locator('tr', { hasText: 'وزارة البلدية' });
    await munRow.getByText('تعيين المقيّمين').waitFor();

    // Per entity: tick it and ask to start its scoring; the review asks first, the server says why not.
    await page.getByRole('checkbox', { name: ar.selection.pick.replace('{{name}}', 'وزارة البلدية') }).check();
    const actions = page.getByTestId('selection-actions');
    await actions.getByRole('button', { name: ar.selection.startScoring }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: ar.selection.startScoring }).click();
    await dialog.getByText(arErrors.excellence.selection.START_SCORING).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Assigning its team is the last thing it waits for: it starts scoring with the cycle.
    const pool = await (await running.apiAs('pm', 'pm-demo-2026')).excellence.cycles.pool.query();
    const assessor = pool.find((p) => p.userId === 'usr-assessor2')!;
    await munRow.getByRole('checkbox', { name: assessor.nameAr }).check();
    await munRow.getByRole('radio').nth(pool.indexOf(assessor)).check();
    await munRow.getByRole('button', { name: ar.cycles.assign, exact: true }).click();
    await munRow.getByText('التقييم المستقل').waitFor();
    const pm = await running.apiAs('pm', 'pm-demo-2026');
    expect((await pm.excellence.assessments.get.query({ id: munId })).state).toBe('independent_scoring');
    expect(errors).toEqual([]);
  });
});
