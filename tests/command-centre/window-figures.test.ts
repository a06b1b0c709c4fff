import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productDb, type DB } from '../../api/db/schema.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { ingestTicketEvents } from '../../api/command-centre/ingest.ts';
import { loadBoard } from '../../api/command-centre/board.ts';
import { loadCentreDetail } from '../../api/command-centre/centre-detail.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { fixtureEvents, fixtureNow } from './ticket-fixture.ts';

const close = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const rounded = (f: Record<string, number | null>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, close(v)]));

describe.each(testDatabases())('command-centre window figures on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;

  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: false });
    const events = fixtureEvents();
    // Two batches, the completions first: a ticket's times fold the same in any order of arrival.
    const completions = events.filter((e) => e.event === 'completed');
    const rest = events.filter((e) => e.event !== 'completed');
    for (const batch of [completions, rest]) {
      const r = await ingestTicketEvents(db, batch as never, { entityId: null, mode: 'refuse', at: fixtureNow });
      expect(r.status).toBe('written');
    }
  }, 120_000);
  afterAll(() => handle.close());

  it('sums each window per centre, entity and programme exactly as worked out by hand', async () => {
    const board = await loadBoard(db, null, fixtureNow);
    const moi = board.entities.find((e) => e.id === 'ent-moi')!;
    const c01 = moi.centres.find((c) => c.code === 'MOI-C01')!;
    // Last 15 minutes (09:45, 10:00]: A and B completed, C abandoned, only A called in the window.
    expect(rounded({ ...c01.figures.last15 })).toEqual({
      served: 2,
      abandoned: 1,
      averageWaitMinutes: 10,
      averageServiceMinutes: 13,
      efficiency: 0.667,
      satisfaction: 0.5,
      surveyed: 2,
    });
    // Last hour: B's call at 09:30 joins: waits 10 and 30.
    expect(rounded({ ...c01.figures.last60 })).toMatchObject({ served: 2, averageWaitMinutes: 20, averageServiceMinutes: 13 });
    // Today (from 21:00Z the day before): the same as the last hour; D was yesterday.
    expect(c01.figures.today).toEqual(c01.figures.last60);
    // This week (from Sunday 1 March, local): D joins: waits 10, 30, 5; services 6, 20, 10; answers 5, 2, 4.
    expect(rounded({ ...c01.figures.week })).toEqual({
      served: 3,
      abandoned: 1,
      averageWaitMinutes: 15,
      averageServiceMinutes: 12,
      efficiency: 0.75,
      satisfaction: 0.667,
      surveyed: 3,
    });
    // MOI today: C01 (A, B, C) and C02 (E: waited 2, served 11, rated 1).
    expect(rounded({ ...moi.figures.today })).toEqual({
      served: 3,
      abandoned: 1,
      averageWaitMinutes: 14,
      averageServiceMinutes: 12.333,
      efficiency: 0.75,
      satisfaction: 0.333,
      surveyed: 3,
    });
    // The programme today: MOI plus MOH's F (waited 2, served 3, rated 5).
    expect(rounded({ ...board.figures.today })).toEqual({
      served: 4,
      abandoned: 1,
      averageWaitMinutes: 11,
      averageServiceMinutes: 10,
      efficiency: 0.8,
      satisfaction: 0.5,
      surveyed: 4,
    });
    // A centre with no ticket is on the board, at zero.
    const idle = moi.centres.find((c) => c.code === 'MOI-R01')!;
    expect(idle.figures.today).toMatchObject({ served: 0, averageWaitMinutes: null, satisfaction: null });
  });

  it('scopes the board to the watched entities', async () => {
    const board = await loadBoard(db, ['ent-moi'], fixtureNow);
    expect(board.entities.map((e) => e.id)).toEqual(['ent-moi']);
    expect(board.figures.today.served).toBe(3);
    expect(board.entities[0]!.centres.some((c) => c.code.startsWith('MOH'))).toBe(false);
  });

  it('drills down to each counter and the day’s transactions', async () => {
    const detail = await loadCentreDetail(db, 'MOI-C01', fixtureNow);
    const counters = Object.fromEntries(detail.counters.map((c) => [c.counter, c.figures.today]));
    expect(Object.keys(counters).sort()).toEqual(['', 'C1', 'C2']);
    expect(rounded({ ...counters.C1! })).toMatchObject({ served: 1, averageWaitMinutes: 10, averageServiceMinutes: 6, satisfaction: 1 });
    expect(rounded({ ...counters.C2! })).toMatchObject({ served: 1, averageWaitMinutes: 30, averageServiceMinutes: 20, satisfaction: 0 });
    expect(counters['']).toMatchObject({ served: 0, abandoned: 1 });
    // Today's tickets only (D was yesterday), latest first.
    expect(detail.transactions.map((t) => t.ticket)).toEqual(['A', 'C', 'B']);
    expect(detail.transactions[0]).toMatchObject({ counter: 'C1', waitMinutes: 10, serviceMinutes: 6, satisfaction: 5 });
    expect(detail.transactions[1]).toMatchObject({ abandonedAt: '2026-03-04T09:55:00.000Z', calledAt: null });
  });

  it('stores a repeated push once: the figures do not move', async () => {
    const before = await loadBoard(db, null, fixtureNow);
    const again = await ingestTicketEvents(db, fixtureEvents() as never, { entityId: null, mode: 'refuse', at: fixtureNow });
    expect(again).toMatchObject({ status: 'written', createdRows: 0, unchangedRows: fixtureEvents().length });
    expect(await loadBoard(db, null, fixtureNow)).toEqual(before);
  });
});
