import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { testFramework } from './test-framework.ts';

/** Issue 11, item 11, in Arabic: an assessor of three centres of one ministry sees three named rows, not one name thrice. */
describe('the assessor’s home names each centre', () => {
  const centres = ['ctr-moi-c01', 'ctr-moi-c02', 'ctr-moi-r01'];
  const running = useBrowserApp({
    seed: async (app) => {
      const pm = await app.apiAs('pm', 'pm-demo-2026');
      await pm.excellence.frameworks.import.mutate({
        json: JSON.stringify({ ...testFramework(), code: 'test-centres', independenceRequired: false }),
      });
      const created = await pm.excellence.cycles.create.mutate({
        number: 1,
        year: 2026,
        nameAr: 'تقييم المراكز',
        nameEn: 'Centres',
        frameworkCode: 'test-centres',
        subjectKind: 'centre',
        subjectIds: centres,
        entityTypes: Object.fromEntries(centres.map((c) => [c, 'service_entity'])),
        selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      await pm.excellence.cycles.move.mutate({ id: created.cycleId, type: 'OPEN' });
      const coord = await app.apiAs('coord.moi', 'coord-demo-2026');
      for (const a of (await pm.excellence.cycles.get.query({ id: created.cycleId })).assessments) {
        await coord.excellence.assessments.send.mutate({ id: a.id, type: 'SUBMIT_SELF_ASSESSMENT' });
        await pm.excellence.assessments.assignTeam.mutate({ id: a.id, assessorIds: ['usr-assessor1'], leadAssessorId: 'usr-assessor1' });
      }
    },
  });

  it('lists each centre by its own name, its ministry beside it', async () => {
    const names = await running.db.selectFrom('service_centres').select(['id', 'name_ar']).where('id', 'in', centres).execute();
    expect(names).toHaveLength(3);
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'assessor1', 'assessor-demo-2026');
    const rows = page.getByTestId('home-assigned').locator('li');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
    const links = (await rows.locator('a').allTextContents()).sort();
    expect(links).toEqual(names.map((n) => n.name_ar).sort());
    expect(errors).toEqual([]);
  });
});
