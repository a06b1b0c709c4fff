import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { hasErrorText } from '../support/error-texts.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';
import { adminClient, call, complaints, count, issue } from './entity-system.ts';

/** An entity's system pushes complaints, survey responses and centre operations, and reads its own register. */
describe.each(testDatabases())('entity systems push CX data on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  let moh: { id: string; secret: string };
  const gaps = { moh: '', moi: '' };

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    admin = await adminClient(running.url);
    moh = await issue(admin, 'ent-moh', ['push_complaints', 'push_survey_responses', 'push_centre_operations', 'read_gaps_actions']);
    const source = (item: string) => ({
      kind: 'assessment_afi' as const,
      containerId: 'api-test',
      itemId: item,
      labelAr: 'مصدر',
      labelEn: 'Source',
    });
    gaps.moh = (
      await raiseGapRow(running.db, { title: 'MOH waiting times', entityId: 'ent-moh', severity: 'high', source: source('1') })
    ).id;
    gaps.moi = (await raiseGapRow(running.db, { title: 'MOI secret gap', entityId: 'ent-moi', severity: 'low', source: source('2') })).id;
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('takes 1,000 complaints in one push, and the same push again writes nothing and says unchanged', async () => {
    const rows = complaints(1000, 'MOH-MC-001');
    const before = await count(running.db, 'cx_complaints');
    let started = performance.now();
    const first = await call(running.url, '/api/v1/complaints', { secret: moh.secret, body: { rows } });
    const firstMs = performance.now() - started;
    expect(first.status, JSON.stringify(first.body).slice(0, 500)).toBe(200);
    expect(first.body).toMatchObject({
      status: 'imported',
      totalRows: 1000,
      createdRows: 1000,
      unchangedRows: 0,
      skippedRows: 0,
      badRows: [],
    });
    expect(await count(running.db, 'cx_complaints')).toBe(before + 1000);

    started = performance.now();
    const again = await call(running.url, '/api/v1/complaints', { secret: moh.secret, body: { rows } });
    const againMs = performance.now() - started;
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'imported', totalRows: 1000, createdRows: 0, unchangedRows: 1000 });
    expect(await count(running.db, 'cx_complaints')).toBe(before + 1000);
    console.info(
      `[api push ${target.name}] 1,000 complaints: first push ${firstMs.toFixed(0)} ms, same push again ${againMs.toFixed(0)} ms`,
    );

    // Half old, half new: only the new half is written.
    const mixed = complaints(1500, 'MOH-MC-001').slice(500);
    const third = await call(running.url, '/api/v1/complaints', { secret: moh.secret, body: { rows: mixed } });
    expect(third.body).toMatchObject({ createdRows: 500, unchangedRows: 500 });
    expect(await count(running.db, 'cx_complaints')).toBe(before + 1500);
    // The pushes belong to MOH: its coordinator's import history lists them.
    const job = await running.db
      .selectFrom('cx_import_jobs')
      .select(['entity_id', 'source'])
      .where('id', '=', first.body.importId)
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ entity_id: 'ent-moh', source: 'api' });
  }, 120_000);

  it('counts a retry sent while the first push is still running once', async () => {
    const rows = complaints(500, 'MOH-MC-001', 'RACE');
    const before = await count(running.db, 'cx_complaints');
    const answers = await Promise.all([1, 2].map(() => call(running.url, '/api/v1/complaints', { secret: moh.secret, body: { rows } })));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => a.body.createdRows).sort()).toEqual([0, 500]);
    expect(answers.map((a) => a.body.unchangedRows).sort()).toEqual([0, 500]);
    expect(await count(running.db, 'cx_complaints')).toBe(before + 500);
  });

  it('refuses a push with a bad row whole: nothing written, every bad cell reported by position', async () => {
    const rows = complaints(4, 'MOH-MC-001', 'BAD');
    rows[1]!.date = '2026-02-30';
    rows[3]!.external_id = 'BAD-1'; // the same id as row 0
    const before = { complaints: await count(running.db, 'cx_complaints'), ids: await count(running.db, 'cx_external_ids') };
    const answer = await call(running.url, '/api/v1/complaints', { secret: moh.secret, body: { rows } });
    expect(answer.status).toBe(422);
    expect(answer.body.error.messageKey).toBe('errors.apiTokens.rowsRefused');
    expect(answer.body.badRowCount).toBe(2);
    expect(answer.body.badRows).toEqual([
      { index: 1, column: 'date', messageKey: 'cx_import.invalid_date' },
      { index: 3, column: 'external_id', messageKey: 'cx_import.repeated_external_id' },
    ]);
    expect(hasErrorText(answer.body.error.messageKey)).toBe(true);
    expect(await count(running.db, 'cx_complaints')).toBe(before.complaints);
    expect(await count(running.db, 'cx_external_ids')).toBe(before.ids);
    // Nothing was claimed: the good rows go through once the bad ones are fixed.
    rows[1]!.date = '2026-02-28';
    rows[3]!.external_id = 'BAD-4';
    const fixed = await call(running.url, '/api/v1/complaints', { secret: moh.secret, body: { rows } });
    expect(fixed.body).toMatchObject({ createdRows: 4, unchangedRows: 0 });
  });

  it('skips bad rows in mode skip and writes the rest', async () => {
    const rows = complaints(3, 'MOH-MC-001', 'SKIP');
    rows[0]!.channel = 'pigeon';
    const answer = await call(running.url, '/api/v1/complaints', { secret: moh.secret, body: { mode: 'skip', rows } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      createdRows: 2,
      skippedRows: 1,
      badRows: [{ index: 0, column: 'channel', messageKey: 'cx_import.invalid_channel' }],
    });
  });

  it('takes survey responses and centre operations with their own capabilities', async () => {
    const before = { survey: await count(running.db, 'cx_survey_answers'), ops: await count(running.db, 'cx_centre_operations') };
    const survey = await call(running.url, '/api/v1/survey-responses', {
      secret: moh.secret,
      body: {
        rows: [
          {
            external_id: 'S-1',
            service_code: 'MOH-MC-001',
            centre_code: 'MOH-C01',
            channel: 'counter',
            satisfaction: 4,
            date: '2026-09-01',
          },
          {
            external_id: 'S-2',
            service_code: 'MOH-MC-001',
            centre_code: 'MOH-C01',
            channel: 'counter',
            satisfaction: '2',
            date: '2026-09-01',
          },
        ],
      },
    });
    expect(survey.status, JSON.stringify(survey.body)).toBe(200);
    expect(survey.body.createdRows).toBe(2);
    const ops = await call(running.url, '/api/v1/centre-operations', {
      secret: moh.secret,
      body: {
        rows: [
          {
            external_id: '2026-09-01/MOH-C01',
            centre_code: 'MOH-C01',
            date: '2026-09-01',
            transactions_served: 312,
            average_wait_minutes: 11.5,
            average_service_minutes: 7,
          },
        ],
      },
    });
    expect(ops.status, JSON.stringify(ops.body)).toBe(200);
    expect(ops.body.createdRows).toBe(1);
    // External ids are per kind: the same id as a complaint is another row.
    const sameIdOtherKind = await call(running.url, '/api/v1/survey-responses', {
      secret: moh.secret,
      body: {
        rows: [
          { external_id: 'CMP-1', service_code: 'MOH-MC-001', centre_code: 'MOH-C01', channel: 'web', satisfaction: 5, date: '2026-09-02' },
        ],
      },
    });
    expect(sameIdOtherKind.body.createdRows).toBe(1);
    expect(await count(running.db, 'cx_survey_answers')).toBe(before.survey + 3);
    expect(await count(running.db, 'cx_centre_operations')).toBe(before.ops + 1);
  });

  it('refuses another entity’s token for this entity’s data, and shows each token its own entity’s gaps only', async () => {
    const moi = await issue(admin, 'ent-moi', ['push_complaints', 'read_gaps_actions']);
    const before = await count(running.db, 'cx_complaints');
    const intruder = await call(running.url, '/api/v1/complaints', {
      secret: moi.secret,
      body: { rows: complaints(2, 'MOH-MC-001', 'X') },
    });
    expect(intruder.status).toBe(422);
    expect(intruder.body.badRows).toEqual([
      { index: 0, column: 'service_code', messageKey: 'cx_import.other_entity' },
      { index: 1, column: 'service_code', messageKey: 'cx_import.other_entity' },
    ]);
    expect(await count(running.db, 'cx_complaints')).toBe(before);
    // External ids are the entity's own: MOI's CMP-1 is not MOH's.
    const own = await call(running.url, '/api/v1/complaints', { secret: moi.secret, body: { rows: complaints(1, 'MOI-CR-001') } });
    expect(own.body).toMatchObject({ createdRows: 1, unchangedRows: 0 });

    const moiGaps = await call(running.url, '/api/v1/gaps', { secret: moi.secret });
    expect(moiGaps.status).toBe(200);
    const moiIds = moiGaps.body.items.map((g: { id: string }) => g.id);
    expect(moiIds).toContain(gaps.moi);
    expect(moiIds).not.toContain(gaps.moh);
    expect(JSON.stringify(moiGaps.body)).not.toContain('MOH waiting times');
    const mohGaps = await call(running.url, '/api/v1/gaps?status=open&limit=10', { secret: moh.secret });
    expect(mohGaps.body.items.map((g: { id: string }) => g.id)).toEqual([gaps.moh]);
    expect(mohGaps.body.total).toBe(1);
  });

  it('lists the entity’s own actions with the gaps they answer', async () => {
    const coordinator = apiClient(running.url, await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    const plan = await coordinator.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'Waiting times plan' });
    const action = await coordinator.actions.create.mutate({
      planId: plan.id,
      title: 'Open a second counter',
      ownerId: 'usr-coord-moh',
      dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      gapIds: [gaps.moh],
    });
    const mine = await call(running.url, '/api/v1/actions', { secret: moh.secret });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toContainEqual(expect.objectContaining({ id: action.id, title: 'Open a second counter', gapIds: [gaps.moh] }));
    const moi = await issue(admin, 'ent-moi', ['read_gaps_actions']);
    const theirs = await call(running.url, '/api/v1/actions', { secret: moi.secret });
    expect(theirs.body.items.map((a: { id: string }) => a.id)).not.toContain(action.id);
  });
});
