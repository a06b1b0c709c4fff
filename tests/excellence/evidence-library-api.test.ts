import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { adminChangesOf } from '../../api/admin/admin-change.ts';
import { testFramework } from './test-framework.ts';
import * as library from '../../api/db/migrations/0780_evidence_library.ts';

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('evidence body ', 'utf8'), Buffer.alloc(40, 32)]);

describe.each(testDatabases())('evidence library per entity on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let mun: ApiClient;
  let moh: ApiClient;
  let munCookie = '';
  let mohCookie = '';
  const ids = { cycle1: '', mun1: '', moh1: '', cycle2: '', mun2: '' };

  async function cycle(number: number, subjectIds: string[]) {
    const c = await pm.excellence.cycles.create.mutate({
      number,
      year: 2026,
      nameAr: `الدورة ${number}`,
      nameEn: `Cycle ${number}`,
      frameworkCode: 'test-model',
      subjectKind: 'entity',
      subjectIds,
      selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await pm.excellence.cycles.move.mutate({ id: c.cycleId, type: 'OPEN' });
    return c;
  }

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    munCookie = await signIn(running.url, 'coord.mun', 'coord-demo-2026');
    mohCookie = await signIn(running.url, 'coord.moh', 'coord-demo-2026');
    mun = apiClient(running.url, munCookie);
    moh = apiClient(running.url, mohCookie);
    await pm.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
    const c1 = await cycle(1, ['ent-mun', 'ent-moh']);
    ids.cycle1 = c1.cycleId;
    [ids.mun1, ids.moh1] = c1.assessmentIds as [string, string];
    expect((await mun.excellence.assessments.get.query({ id: ids.mun1 })).entityId).toBe('ent-mun');
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const upload = (api: ApiClient, id: string, nodeCode: string) =>
    api.excellence.assessments.addEvidence.mutate({
      id,
      nodeCode,
      kind: 'file',
      file: { name: 'محضر اللجنة.pdf', mimeType: 'application/pdf', base64: pdf.toString('base64') },
    });

  it('stores an upload once and links it to another criterion and a later cycle; another entity’s coordinator is refused', async () => {
    await upload(mun, ids.mun1, 'A');
    const [file] = await mun.excellence.evidence.library.query({ id: ids.mun1 });
    expect(file).toMatchObject({ fileName: 'محضر اللجنة.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length });
    await mun.excellence.evidence.reuse.mutate({ id: ids.mun1, nodeCode: 'B', fileId: file!.id });
    expect(await refusal(mun.excellence.evidence.reuse.mutate({ id: ids.mun1, nodeCode: 'B', fileId: file!.id }))).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.excellence.evidenceAlreadyLinked',
    });
    // A link, not a copy: one stored file, two evidence rows pointing at it.
    expect(await running.db.selectFrom('excellence_evidence_files').select('id').execute()).toHaveLength(1);
    const evidence = await mun.excellence.assessments.evidence.query({ id: ids.mun1 });
    expect(evidence.map((e) => [e.nodeCode, e.fileId])).toEqual([
      ['A', file!.id],
      ['B', file!.id],
    ]);

    // The Ministry of Health's coordinator can neither list, link, nor read MUN's file.
    expect((await refusal(moh.excellence.evidence.library.query({ id: ids.mun1 }))).code).toBe('NOT_FOUND');
    expect(await refusal(moh.excellence.evidence.reuse.mutate({ id: ids.moh1, nodeCode: 'A', fileId: file!.id }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.excellence.evidenceNotFound',
    });
    expect((await refusal(moh.excellence.evidence.remove.mutate({ id: ids.mun1, evidenceId: evidence[0]!.id }))).code).toBe('NOT_FOUND');
    const theirs = await fetch(`${running.url}/files/evidence/${file!.id}`, { headers: { cookie: mohCookie } });
    expect(theirs.status).toBe(404);
    const mine = await fetch(`${running.url}/files/evidence/${file!.id}`, { headers: { cookie: munCookie } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(mine.headers.get('content-disposition')).toMatch(/^inline; filename="[^"]+"; filename\*=UTF-8''%D9%85/);
    expect(Buffer.from(await mine.arrayBuffer()).equals(pdf)).toBe(true);
    const download = await fetch(`${running.url}/files/evidence/${file!.id}?download=1`, { headers: { cookie: munCookie } });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; /);

    // The next cycle's self-assessment reuses the same file.
    const c2 = await cycle(2, ['ent-mun']);
    ids.mun2 = c2.assessmentIds[0]!;
    const library = await mun.excellence.evidence.library.query({ id: ids.mun2 });
    expect(library.map((f) => f.id)).toEqual([file!.id]);
    await mun.excellence.evidence.reuse.mutate({ id: ids.mun2, nodeCode: 'C', fileId: file!.id });
    const used = await mun.excellence.evidence.library.query({ id: ids.mun2 });
    expect(used[0]!.links.map((l) => [l.cycleNumber, l.nodeCode])).toEqual([
      [1, 'A'],
      [1, 'B'],
      [2, 'C'],
    ]);
  });

  it('removes evidence with an audit row, and refuses once the self-assessment is submitted', async () => {
    const [, onB] = await mun.excellence.assessments.evidence.query({ id: ids.mun1 });
    await mun.excellence.evidence.remove.mutate({ id: ids.mun1, evidenceId: onB!.id });
    expect((await mun.excellence.assessments.evidence.query({ id: ids.mun1 })).map((e) => e.nodeCode)).toEqual(['A']);
    const trail = await adminChangesOf(running.db, 'excellence_evidence', onB!.id).execute();
    expect(trail.map((r) => [r.actor_id, r.action])).toEqual([['usr-coord-mun', 'removed']]);

    await mun.excellence.assessments.send.mutate({ id: ids.mun1, type: 'SUBMIT_SELF_ASSESSMENT' });
    const [onA] = await mun.excellence.assessments.evidence.query({ id: ids.mun1 });
    expect(await refusal(mun.excellence.evidence.remove.mutate({ id: ids.mun1, evidenceId: onA!.id }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.excellence.selfAssessmentClosed',
    });
    // Deleting the file from the library is refused too: a submitted self-assessment uses it.
    expect(await refusal(mun.excellence.evidence.removeFile.mutate({ id: ids.mun2, fileId: onA!.fileId! }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.excellence.evidenceSubmitted',
    });
    expect(await mun.excellence.assessments.evidence.query({ id: ids.mun1 })).toHaveLength(1);
  });

  it('the migration moves file evidence stored before it into the library, and back down, keeping every byte', async () => {
    const before = await mun.excellence.assessments.evidence.query({ id: ids.mun2 });
    await library.down(db.db);
    await library.up(db.db);
    const after = await mun.excellence.assessments.evidence.query({ id: ids.mun2 });
    expect(after.map((e) => [e.id, e.nodeCode, e.fileName])).toEqual(before.map((e) => [e.id, e.nodeCode, e.fileName]));
    // Each file row becomes a library file of the assessment's entity, under the evidence's id.
    expect(after[0]!.fileId).toBe(after[0]!.id);
    const served = await fetch(`${running.url}/files/evidence/${after[0]!.fileId}`, { headers: { cookie: munCookie } });
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await mun.excellence.evidence.library.query({ id: ids.mun1 })).every((f) => f.sizeBytes === pdf.length)).toBe(true);
  });
});
