import { rowCount } from '../support/row-count.ts';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { signIn } from '../support/api-client.ts';
import { testFramework } from '../excellence/test-framework.ts';
import { call, expectHandled, FuzzTally, fuzzRuns } from './fuzz-client.ts';
import { hostileDepth, hostileText } from './hostile-input.ts';
import { mutatedDocument } from './document-mutations.ts';

/** The test framework with its first criterion nesting `depth` more levels, as JSON text. */
function nestedFrameworkJson(depth: number): string {
  const fw = testFramework() as unknown as { nodes: Record<string, unknown>[] };
  fw.nodes[0] = { ...fw.nodes[0], children: ['@deep@'] };
  const open = (i: number) => `{"code":"deep-${i}","name":{"ar":"ع","en":"c"},"kind":"enabler","weight":1,"children":[`;
  const leaf = `{"code":"deep-${depth}","name":{"ar":"ع","en":"c"},"kind":"enabler","weight":1}`;
  const nested = Array.from({ length: depth - 1 }, (_, i) => open(i + 1)).join('') + leaf + ']}'.repeat(depth - 1);
  return JSON.stringify(fw).replace('"@deep@"', nested);
}

/** Framework documents as JSON text: mutated valid ones, deep ones, and text that is not JSON at all. */
const frameworkJson = fc.oneof(
  { weight: 6, arbitrary: mutatedDocument(testFramework).map((d) => JSON.stringify(d)) },
  { weight: 1, arbitrary: hostileDepth.map(nestedFrameworkJson) },
  { weight: 1, arbitrary: hostileText },
);

describe.each(testDatabases())('fuzzing the framework importer through the API on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let pm: string;
  /** Everything stored about frameworks, as one value: a refusal must leave it exactly as it was. */
  const fingerprint = async () =>
    (
      await sql<{
        f: string | null;
      }>`select md5(string_agg(code || ':' || version || ':' || frozen || ':' || document::text, '|' order by code, version)) as f from excellence_frameworks`.execute(
        running.db,
      )
    ).rows[0]!.f;
  const rows = () => rowCount(running.db, 'excellence_frameworks');

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    pm = await signIn(running.url, 'pm', 'pm-demo-2026');
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it('imports each document, or refuses it with a key and stores nothing', async () => {
    const tally = new FuzzTally();
    await fc.assert(
      fc.asyncProperty(frameworkJson, async (json) => {
        const before = { print: await fingerprint(), rows: await rows() };
        const body = JSON.stringify({ json });
        const answer = await call(running.url, pm, 'excellence.frameworks.import', body);
        expectHandled(answer, json);
        tally.add(answer.status === 200 ? '200 saved' : `${answer.status} ${answer.messageKey}`);
        if (answer.status !== 200) expect(await fingerprint(), json).toBe(before.print);
        else expect(await rows(), json).toBeGreaterThanOrEqual(before.rows);
      }),
      { numRuns: fuzzRuns.medium },
    );
    console.info(`[fuzz] excellence.frameworks.import on ${target.name}: ${tally.total} cases (${tally})`);
    expect(tally.total).toBeGreaterThanOrEqual(fuzzRuns.medium);
  });

  it('checks each document without saving: a list of errors, or a 4xx with a key', async () => {
    const tally = new FuzzTally();
    await fc.assert(
      fc.asyncProperty(frameworkJson, async (json) => {
        let document: string;
        try {
          JSON.parse(json);
          document = json;
        } catch {
          document = JSON.stringify(json);
        }
        const before = await fingerprint();
        const answer = await call(running.url, pm, 'excellence.frameworks.validate', `{"document":${document}}`);
        expectHandled(answer, document);
        if (answer.status === 200) {
          const result = answer.data as { ok: boolean; errors: { code: string; path: string; messageKey: string }[] };
          expect(result.ok || result.errors.length > 0, document).toBe(true);
          tally.add(result.ok ? '200 valid' : `200 invalid (${result.errors[0]!.code})`);
        } else tally.add(`${answer.status} ${answer.messageKey}`);
        expect(await fingerprint()).toBe(before);
      }),
      { numRuns: fuzzRuns.medium },
    );
    console.info(`[fuzz] excellence.frameworks.validate on ${target.name}: ${tally.total} cases (${tally})`);
  });
});
