import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { TRPCClientError } from '@trpc/client';
import { testFramework } from './test-framework.ts';

const day = 24 * 60 * 60 * 1000;

async function errorParams(p: Promise<unknown>): Promise<{ code?: string; messageKey?: string; params?: Record<string, unknown> }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCClientError) return err.data as never;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe.each(testDatabases())('excellence frameworks and entity isolation on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  const as: Record<string, ApiClient> = {};
  let moiAssessment = '';
  let mohAssessment = '';

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    for (const [u, p] of [
      ['pm', 'pm-demo-2026'],
      ['coord.moi', 'coord-demo-2026'],
      ['coord.moh', 'coord-demo-2026'],
      ['assessor1', 'assessor-demo-2026'],
      ['leader', 'leader-demo-2026'],
    ] as const) {
      as[u] = apiClient(running.url, await signIn(running.url, u, p));
    }
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('refuses an invalid import, pointing at the offending path, and stores nothing', async () => {
    const fw = testFramework() as { nodes: { weight: number; children?: { weight: number }[] }[] };
    fw.nodes[0]!.children![1]!.weight = 25; // A 30 + B 25 = 55, but P1 is worth 60
    const refused = await errorParams(as.pm!.excellence.frameworks.import.mutate({ json: JSON.stringify(fw) }));
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      messageKey: 'errors.excellence.frameworkInvalid',
      params: { path: 'nodes[0].children[1].weight', code: 'weights_sum' },
    });
    const notJson = await errorParams(as.pm!.excellence.frameworks.import.mutate({ json: '{ "code": ' }));
    expect(notJson).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.frameworkNotJson' });
    const bad = { ...testFramework(), consensusSpreadThreshold: 'high' };
    const validation = await as.pm!.excellence.frameworks.validate.mutate({ document: bad });
    expect(validation.ok).toBe(false);
    expect(validation.errors.map((e) => [e.code, e.path])).toEqual([['schema', 'consensusSpreadThreshold']]);
    expect((await as.pm!.excellence.frameworks.list.query()).map((f) => f.code)).not.toContain('test-model');
  });

  it('edits an unused framework in place, and a frozen one into a new version', async () => {
    await as.pm!.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
    const edited = testFramework();
    edited.name = { ar: 'نموذج الاختبار المعدل', en: 'Test model, edited' };
    expect(await as.pm!.excellence.frameworks.save.mutate({ document: edited })).toEqual({
      code: 'test-model',
      version: 1,
      created: false,
    });
    const created = await as.pm!.excellence.cycles.create.mutate({
      number: 1,
      year: 2026,
      nameAr: 'الدورة الأولى',
      nameEn: 'Cycle 1',
      frameworkCode: 'test-model',
      subjectKind: 'entity',
      subjectIds: ['ent-moi', 'ent-moh'],
      selfAssessmentDueAt: new Date(Date.now() + 10 * day).toISOString(),
    });
    [moiAssessment, mohAssessment] = created.assessmentIds as [string, string];
    const again = testFramework();
    again.nodes[0]!.guidance = { ar: 'إرشاد جديد', en: 'New guidance' };
    expect(await as.pm!.excellence.frameworks.save.mutate({ document: again })).toEqual({ code: 'test-model', version: 2, created: true });
    const v1 = await as.pm!.excellence.frameworks.get.query({ code: 'test-model', version: 1 });
    expect(v1).toMatchObject({ frozen: true, framework: { name: { en: 'Test model, edited' } } });
    expect(v1.framework.nodes[0]!.guidance).toBeUndefined();
    const v2 = await as.pm!.excellence.frameworks.get.query({ code: 'test-model' });
    expect(v2).toMatchObject({ frozen: false, framework: { version: 2 } });
    expect(v2.framework.nodes[0]!.guidance).toEqual({ ar: 'إرشاد جديد', en: 'New guidance' });
    // The running cycle stays on version 1.
    expect((await as.pm!.excellence.assessments.get.query({ id: moiAssessment })).cycle.frameworkVersion).toBe(1);
    await as.pm!.excellence.cycles.move.mutate({ id: created.cycleId, type: 'OPEN' });
  });

  it('keeps one entity out of another entity’s assessment, evidence and scores', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');
    const { id: evidenceId } = await as['coord.moi']!.excellence.assessments.addEvidence.mutate({
      id: moiAssessment,
      nodeCode: 'A',
      kind: 'file',
      file: { name: 'chart.png', mimeType: 'image/png', base64: png },
    });
    await as['coord.moi']!.excellence.assessments.saveSelfScore.mutate({
      id: moiAssessment,
      nodeCode: 'A',
      entry: { method: 'bands', score: 55 },
    });
    const outsider = as['coord.moh']!;
    const attempts = [
      () => outsider.excellence.assessments.get.query({ id: moiAssessment }),
      () => outsider.excellence.assessments.selfScores.query({ id: moiAssessment }),
      () => outsider.excellence.assessments.evidence.query({ id: moiAssessment }),
      () => outsider.excellence.assessments.evidenceFile.query({ id: moiAssessment, evidenceId }),
      () => outsider.excellence.assessments.evidenceFile.query({ id: mohAssessment, evidenceId }),
      () =>
        outsider.excellence.assessments.saveSelfScore.mutate({ id: moiAssessment, nodeCode: 'A', entry: { method: 'bands', score: 0 } }),
      () => outsider.excellence.assessments.addEvidence.mutate({ id: moiAssessment, nodeCode: 'A', kind: 'text', body: 'planted' }),
      () => outsider.excellence.assessments.send.mutate({ id: moiAssessment, type: 'SUBMIT_SELF_ASSESSMENT' }),
      () => outsider.excellence.results.result.query({ id: moiAssessment }),
      () => outsider.excellence.assessments.previousAfis.query({ id: moiAssessment }),
      // Leadership sees nothing before publication, and never the self-assessment.
      () => as.leader!.excellence.assessments.evidence.query({ id: moiAssessment }),
      // An assessor not on the team cannot open it.
      () => as.assessor1!.excellence.assessments.evidence.query({ id: moiAssessment }),
    ];
    for (const attempt of attempts) expect(await refusal(attempt())).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    expect((await outsider.excellence.cycles.myAssessments.query()).map((a) => a.entityId)).toEqual(['ent-moh']);
    // The owner reads its evidence back, byte for byte; nothing planted.
    const file = await as['coord.moi']!.excellence.assessments.evidenceFile.query({ id: moiAssessment, evidenceId });
    expect(file).toEqual({ fileName: 'chart.png', mimeType: 'image/png', base64: png });
    expect((await as['coord.moi']!.excellence.assessments.evidence.query({ id: moiAssessment })).map((e) => e.kind)).toEqual(['file']);
    expect(
      (await as['coord.moi']!.excellence.assessments.selfScores.query({ id: moiAssessment })).map((s) => [s.nodeCode, s.percent]),
    ).toEqual([['A', 55]]);
  });

  it('checks evidence files by type, content and size, and scores against the framework', async () => {
    const coord = as['coord.moi']!;
    const file = (mimeType: string, bytes: Buffer) =>
      coord.excellence.assessments.addEvidence.mutate({
        id: moiAssessment,
        nodeCode: 'A',
        kind: 'file',
        file: { name: 'f', mimeType, base64: bytes.toString('base64') },
      });
    expect(await refusal(file('application/x-msdownload', Buffer.from('MZ....')))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.excellence.fileType',
    });
    expect(await refusal(file('image/png', Buffer.from('MZ not a png')))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.excellence.fileType',
    });
    expect(await refusal(file('text/plain', Buffer.alloc(5 * 1024 * 1024 + 1, 65)))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.excellence.fileTooLarge',
    });
    expect(
      await refusal(
        coord.excellence.assessments.addEvidence.mutate({ id: moiAssessment, nodeCode: 'A', kind: 'link', body: 'javascript:alert(1)' }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.invalidLink' });
    expect(
      await refusal(
        coord.excellence.assessments.saveSelfScore.mutate({ id: moiAssessment, nodeCode: 'A', entry: { method: 'bands', score: 42 } }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.invalidScore' });
    expect(
      await refusal(
        coord.excellence.assessments.saveSelfScore.mutate({ id: moiAssessment, nodeCode: 'P1', entry: { method: 'bands', score: 40 } }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.notALeaf' });
    expect(
      await refusal(
        coord.excellence.assessments.saveSelfScore.mutate({
          id: moiAssessment,
          nodeCode: 'A',
          entry: { method: 'checklist', answers: {} },
        }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.invalidScore' });
    expect(await coord.excellence.assessments.evidence.query({ id: moiAssessment })).toHaveLength(1);
  });
});
