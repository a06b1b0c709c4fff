import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { testFramework } from '../excellence/test-framework.ts';

const header = 'service_code,channel,date,category,text';
const good = 'MOI-CR-001,counter,2026-09-01,long_waiting,Waited an hour';

/** A node with `depth` levels of sub-criteria, as JSON text (too deep for JSON.stringify's recursion). */
function nestedNodeJson(depth: number): string {
  const open = (i: number) => `{"code":"deep-${i}","name":{"ar":"ع","en":"c"},"kind":"enabler","weight":1,"children":[`;
  let text = `{"code":"deep-${depth}","name":{"ar":"ع","en":"c"},"kind":"enabler","weight":1}`;
  text = Array.from({ length: depth - 1 }, (_, i) => open(i + 1)).join('') + text + ']}'.repeat(depth - 1);
  return text;
}

/** The test framework with its first criterion nesting `depth` more levels, as JSON text. */
function nestedFrameworkJson(depth: number): string {
  const fw = testFramework() as unknown as { nodes: Record<string, unknown>[] };
  fw.nodes[0] = { ...fw.nodes[0], children: ['@deep@'] };
  return JSON.stringify(fw).replace('"@deep@"', nestedNodeJson(depth));
}

describe.each(testDatabases())('bad input is refused with a key and changes nothing on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let moi: ApiClient;
  const count = async (table: 'cx_complaints' | 'cx_imports' | 'action_plans' | 'excellence_frameworks' | 'workflow_events') =>
    Number(
      (
        await running.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const cxCounts = async () => [await count('cx_complaints'), await count('cx_imports')];
  /** A raw POST, for bodies the tRPC client cannot serialise (JSON nested thousands of levels). */
  const post = async (procedure: string, body: string, user: [string, string]) => {
    const res = await fetch(`${running.url}/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie: await signIn(running.url, ...user) },
      body,
    });
    const json = (await res.json()) as {
      error?: { data: { messageKey: string; params: Record<string, string | number> } };
      result?: { data: unknown };
    };
    return { status: res.status, error: json.error?.data, result: json.result?.data };
  };

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    await loadImprovementDemo(running.db);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it.each([
    ['an unterminated quote', `${header}\n${good}\nMOI-CR-001,web,2026-09-02,fees,"never closed\n${good}\n`, 4],
    ['a stray quote inside a bare cell', `${header}\n${good}\nMOI-CR-001,web,2026-09-02,fees,bad "quote" here\n`, 3],
    ['text after a closing quote', `${header}\nMOI-CR-001,web,2026-09-02,fees,"closed"then more\n`, 2],
  ])('refuses a CSV with %s as malformed, naming the line', async (_name, csv, line) => {
    const before = await cxCounts();
    expect(await refusal(pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'skip', csv }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.csv.malformed',
    });
    const res = await fetch(`${running.url}/trpc/cx.importCsv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie: await signIn(running.url, 'pm', 'pm-demo-2026') },
      body: JSON.stringify({ kind: 'complaints', mode: 'skip', csv }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { data: { params: { line: number } } } }).error.data.params.line).toBe(line);
    expect(await cxCounts()).toEqual(before);
  });

  it('refuses a NUL byte in a CSV cell, writing nothing', async () => {
    const before = await cxCounts();
    const csv = `${header}\n${good}\nMOI-CR-001,web,2026-09-02,fees,nul\u0000inside\n`;
    expect(await refusal(pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'skip', csv }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.text.invalidCharacter',
    });
    expect(
      await refusal(
        pm.cx.importRows.mutate({
          kind: 'complaints',
          mode: 'skip',
          rows: [{ service_code: 'MOI-CR-001', channel: 'web', date: '2026-09-02', category: 'fees', text: 'a\u0000b' }],
        }),
      ),
    ).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.text.invalidCharacter',
    });
    expect(await cxCounts()).toEqual(before);
  });

  it.each([
    ['empty', ''],
    ['blank lines only', '\n\n'],
    ['header only', `${header}\n`],
    ['header only, with a byte-order mark', `\uFEFF${header}`],
  ])('refuses a CSV that is %s instead of reporting it imported', async (_name, csv) => {
    const before = await cxCounts();
    expect(await refusal(pm.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.csv.empty',
    });
    expect(await cxCounts()).toEqual(before);
  });

  it('refuses an empty or header-only progress sheet and a malformed one', async () => {
    expect(await refusal(moi.actions.uploadProgress.mutate({ csv: 'action,progress,status,comment\n' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.csv.empty',
    });
    expect(await refusal(moi.actions.uploadProgress.mutate({ csv: 'action,progress\n"x,10\n' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.csv.malformed',
    });
  });

  it.each([
    ['a NUL byte', 'Plan\u0000 2026', 'errors.text.invalidCharacter'],
    ['a control character', 'Plan\u0007 2026', 'errors.text.controlCharacter'],
    ['zero-width characters only', '\u200B\u200C\u200D\uFEFF', 'errors.text.noVisibleCharacter'],
    ['bidi overrides only', '\u202E\u202D\u2066\u2069\u200F', 'errors.text.noVisibleCharacter'],
    ['spaces and combining marks only', ' \u064B\u0651 \u00A0', 'errors.text.noVisibleCharacter'],
  ])('refuses a title with %s and creates nothing', async (_name, title, messageKey) => {
    const plans = await count('action_plans');
    expect(await refusal(moi.actions.createPlan.mutate({ entityId: 'ent-moi', title }))).toEqual({ code: 'BAD_REQUEST', messageKey });
    const gap = (await moi.gaps.list.query({ limit: 1 })).items[0]!;
    expect(await refusal(moi.gaps.update.mutate({ id: gap.id, title }))).toEqual({ code: 'BAD_REQUEST', messageKey });
    expect((await moi.gaps.get.query({ id: gap.id })).title).toBe(gap.title);
    expect(await count('action_plans')).toBe(plans);
  });

  it('keeps a title with visible text around invisible marks, trimmed', async () => {
    const plan = await moi.actions.createPlan.mutate({ entityId: 'ent-moi', title: '  \u200Fخطة 2026\u200F  ' });
    expect((await running.db.selectFrom('action_plans').select('title').where('id', '=', plan.id).executeTakeFirstOrThrow()).title).toBe(
      '\u200Fخطة 2026\u200F',
    );
  });

  it('refuses a NUL byte in an id, a workflow payload or a payload key with a key, not a 500', async () => {
    const events = await count('workflow_events');
    expect(await refusal(pm.workflows.get.query({ id: 'a\u0000b' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.text.invalidCharacter',
    });
    const action = (await moi.actions.list.query({ statuses: ['in_progress'] }))[0]!;
    for (const payload of [
      { progress: 70, comment: 'x\u0000' },
      { progress: 70, 'k\u0000': 1 },
      { progress: 70, comment: 'lone \uD800 surrogate' },
    ]) {
      expect(await refusal(moi.workflows.send.mutate({ id: action.id, type: 'UPDATE_PROGRESS', payload }))).toEqual({
        code: 'BAD_REQUEST',
        messageKey: 'errors.text.invalidCharacter',
      });
    }
    expect(await count('workflow_events')).toBe(events);
  });

  it('refuses input nested deeper than any form needs', async () => {
    const action = (await moi.actions.list.query({ statuses: ['in_progress'] }))[0]!;
    const events = await count('workflow_events');
    const deep = `${'{"d":'.repeat(5000)}"leaf"${'}'.repeat(5000)}`;
    const sent = await post(
      'workflows.send',
      `{"id":${JSON.stringify(action.id)},"type":"UPDATE_PROGRESS","payload":{"progress":70,"deep":${deep}}}`,
      ['coord.moi', 'coord-demo-2026'],
    );
    expect(sent.status).toBe(400);
    expect(sent.error?.messageKey).toBe('errors.input.tooDeep');
    expect(await count('workflow_events')).toBe(events);
  });

  it('refuses a framework whose JSON text spells a NUL byte or a lone surrogate, storing nothing', async () => {
    const frameworks = await count('excellence_frameworks');
    for (const text of ['Model\u0000', 'Model \uD800']) {
      const fw = { ...testFramework(), name: { ar: 'نموذج', en: text } };
      const answer = await post('excellence.frameworks.import', JSON.stringify({ json: JSON.stringify(fw) }), ['pm', 'pm-demo-2026']);
      expect(answer.status).toBe(400);
      expect(answer.error).toMatchObject({ messageKey: 'errors.text.invalidCharacter', params: { path: 'name.en' } });
    }
    expect(await count('excellence_frameworks')).toBe(frameworks);
  });

  it('refuses a framework nested 5,000 levels deep, by import, save and validate, naming where', async () => {
    const frameworks = await count('excellence_frameworks');
    const json = nestedFrameworkJson(5000);
    const imported = await post('excellence.frameworks.import', JSON.stringify({ json }), ['pm', 'pm-demo-2026']);
    expect(imported.status).toBe(400);
    expect(imported.error?.messageKey).toBe('errors.excellence.frameworkInvalid');
    expect(imported.error?.params.code).toBe('nesting_too_deep');
    expect(imported.error?.params.path).toMatch(/^nodes\[0\](\.children\[0\])+$/);
    const saved = await post('excellence.frameworks.save', `{"document":${json}}`, ['pm', 'pm-demo-2026']);
    expect(saved.status).toBe(400);
    expect(saved.error?.messageKey).toBe('errors.input.tooDeep');
    // Shallow enough for any request, still deeper than a framework may nest.
    const checked = await post('excellence.frameworks.validate', `{"document":${nestedFrameworkJson(20)}}`, ['pm', 'pm-demo-2026']);
    expect(checked.status).toBe(200);
    expect(checked.result).toMatchObject({
      ok: false,
      errors: [{ code: 'nesting_too_deep', path: expect.stringMatching(/^nodes\[0\](\.children\[0\]){10}$/) }],
    });
    expect(await count('excellence_frameworks')).toBe(frameworks);
  });
});
