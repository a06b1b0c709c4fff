import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { excellence as ar } from '../../web/i18n/ar/excellence.ts';

/** Issue 11, item 11, in Arabic: file evidence says its kind in words and its size, not `(application/pdf)`. */
describe('file evidence label in Arabic', () => {
  let assessmentId = '';
  const pdf = Buffer.from('%PDF-1.4\n% a small but real-looking PDF header, 2 kB of it\n'.padEnd(2048, ' '));
  const running = useBrowserApp({
    seed: async (app) => {
      const pm = await app.apiAs('pm', 'pm-demo-2026');
      const cycle = await pm.excellence.cycles.create.mutate({
        number: 8,
        year: 2026,
        nameAr: 'الدورة الثامنة',
        nameEn: '',
        frameworkCode: 'gov-excellence',
        subjectKind: 'entity',
        subjectIds: ['ent-moi'],
        selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      assessmentId = cycle.assessmentIds[0]!;
      await pm.excellence.cycles.move.mutate({ id: cycle.cycleId, type: 'OPEN' });
      const leaf = (await pm.excellence.assessments.get.query({ id: assessmentId })).applicableLeaves[0]!;
      const coord = await app.apiAs('coord.moi', 'coord-demo-2026');
      await coord.excellence.assessments.addEvidence.mutate({
        id: assessmentId,
        nodeCode: leaf,
        kind: 'file',
        file: { name: 'خطة-التميز.pdf', mimeType: 'application/pdf', base64: pdf.toString('base64') },
      });
    },
  });

  it('shows "مستند PDF" and the size in Arabic-Indic digits', async () => {
    const { page, errors } = await running.newPage();
    await running.signInInArabic(page, 'coord.moi', 'coord-demo-2026');
    await page.goto(`${running.url}/excellence/assessments/${assessmentId}`);
    // The criterion's own list (the entity's evidence library lists the same file again).
    const item = page.getByTestId('evidence-item').filter({ hasText: 'خطة-التميز.pdf' });
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).not.toContain('application/pdf');
    expect(text).toContain(ar.evidenceKinds.pdf);
    // 2048 bytes = 2 kB, written in Arabic digits.
    expect(text).toContain('٢');
    expect(text).not.toMatch(/[0-9]/);
    expect(errors).toEqual([]);
  });
});
