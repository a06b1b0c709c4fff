import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { hasErrorText } from '../support/error-texts.ts';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { formattersFor } from '../../web/i18n/format.ts';

/** The deck's slides, in order, each as the texts of its runs (XML entities decoded). */
function slideTexts(base64: string): { xml: string[]; texts: string[][] } {
  const files = unzipSync(Buffer.from(base64, 'base64'));
  const names = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const xml = names.map((n) => strFromU8(files[n]!));
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return { xml, texts: xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!))) };
}

describe.each(testDatabases())('leadership decks on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let leader: ApiClient;
  let pm: ApiClient;
  let coordinator: ApiClient;
  let cycleId: string;

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    await loadImprovementDemo(running.db);
    leader = apiClient(running.url, await signIn(running.url, 'leader', 'leader-demo-2026'));
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    coordinator = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    cycleId = (await leader.transparency.cycles.query()).at(-1)!.id;
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await handle?.close();
  });

  for (const language of ['ar', 'en'] as const) {
    it(`puts the ranking the API returns on the slides, named in ${language}`, async () => {
      const board = await leader.rankings.leaderboard.query({ cycleId });
      const entities = await running.db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).execute();
      const nameOf = (id: string) => {
        const e = entities.find((x) => x.id === id)!;
        return language === 'ar' ? e.name_ar : e.name_en;
      };
      const deck = await leader.exports.deck.query({ report: 'rankings', language, cycleId });
      expect(deck.filename).toMatch(/\.pptx$/);
      const { xml, texts } = slideTexts(deck.base64);
      expect(xml.length).toBeGreaterThan(1);
      // Every ranked entity is on a table row with its rank and score as the API gives them.
      const f = formattersFor(language);
      // A table slide: its heading, then five cells a row (the header row first).
      const rows = texts.slice(1).flatMap((slide) => {
        const out: string[][] = [];
        for (let i = 1; i + 5 <= slide.length; i += 5) out.push(slide.slice(i, i + 5));
        return out;
      });
      for (const r of board.rows) {
        const cells = [f.number(r.rank), nameOf(r.subjectId), `${f.score(r.totalPercent)}%`];
        const expected = language === 'ar' ? [...cells].reverse() : cells;
        const found = rows.find((row) => row.includes(nameOf(r.subjectId)));
        expect(found, `${nameOf(r.subjectId)} on a slide`).toBeDefined();
        const sequence = language === 'ar' ? found!.slice(2) : found!.slice(0, 3);
        expect(sequence).toEqual(expected);
      }
      // Arabic: right-to-left paragraphs, aligned right; English: neither.
      const table = xml[1]!;
      if (language === 'ar') {
        expect(table).toContain('rtl="1"');
        expect(table).toContain('algn="r"');
        expect(table).toContain('lang="ar-SA"');
      } else {
        expect(table).not.toContain('rtl="1"');
        expect(table).toContain('lang="en-GB"');
      }
    });
  }

  it("gives the programme manager the dashboard's figures as a deck", async () => {
    const d = await pm.dashboard.summary.query({});
    const { texts } = slideTexts((await pm.exports.deck.query({ report: 'dashboard', language: 'en' })).base64);
    const all = texts.flat();
    expect(all).toContain('Leadership dashboard');
    const f = formattersFor('en');
    for (const e of [...d.topEntities, ...d.bottomEntities]) {
      expect(all).toContain(d.names[e.id]!.en);
      expect(all).toContain(`${f.score(e.score)}%`);
    }
    for (const o of d.overdueByEntity.slice(0, 10)) expect(all).toContain(d.names[o.entityId]!.en);
    for (const g of d.largestOpenGaps) expect(all).toContain(g.code);
  });

  it("puts the public page's results on an Arabic deck", async () => {
    const page = await leader.transparency.results.query({ cycleId });
    const { texts } = slideTexts((await leader.exports.deck.query({ report: 'transparency', language: 'ar', cycleId })).base64);
    const all = texts.flat();
    const f = formattersFor('ar');
    for (const r of page.rows) {
      expect(all).toContain(r.name.ar);
      expect(all).toContain(`${f.score(r.totalPercent)}%`);
    }
  });

  it('refuses a coordinator and an anonymous caller, and asks for the cycle of a ranking', async () => {
    for (const report of ['rankings', 'dashboard', 'transparency'] as const) {
      expect(await refusal(coordinator.exports.deck.query({ report, language: 'ar', cycleId }))).toEqual({
        code: 'FORBIDDEN',
        messageKey: 'errors.forbidden',
      });
    }
    const anonymous = apiClient(running.url, null);
    expect((await refusal(anonymous.exports.deck.query({ report: 'dashboard', language: 'ar' }))).code).toBe('UNAUTHORIZED');
    const missing = await refusal(leader.exports.deck.query({ report: 'rankings', language: 'ar' }));
    expect(missing).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.improvement.exportCycleRequired' });
    expect(hasErrorText(missing.messageKey!)).toBe(true);
    expect(await refusal(leader.exports.deck.query({ report: 'transparency', language: 'en', cycleId: 'no-such-cycle' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.improvement.cycleNotFound',
    });
  });
});
