import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productDb, type DB } from '../../api/db/schema.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { importCxRows } from '../../api/cx/import-rows.ts';
import { ingestTicketEvents } from '../../api/command-centre/ingest.ts';
import { publicIndices } from '../../api/command-centre/public-indices.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { ticketEvents } from './ticket-fixture.ts';

const at = new Date('2031-06-01T08:00:00Z');

describe.each(testDatabases())('public centre indices on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;

  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: false });
    const service = await db.selectFrom('services').select('code').where('owner_entity_code', '=', 'MOI').executeTakeFirstOrThrow();
    const survey = (satisfaction: number, day: string) => ({
      service_code: service.code,
      centre_code: 'MOI-C01',
      channel: 'counter',
      satisfaction: String(satisfaction),
      date: `2031-05-${day}`,
    });
    const opts = { mode: 'refuse', source: 'seed', userId: null, at } as const;
    await importCxRows(
      db,
      [survey(5, '03'), survey(4, '04'), survey(2, '05'), survey(1, '06'), { ...survey(5, '01'), date: '2031-04-30' }],
      {
        ...opts,
        kind: 'survey_answers',
      },
    );
    const ops = (date: string, served: number, wait: number, service: number) => ({
      centre_code: 'MOI-C01',
      date,
      transactions_served: String(served),
      average_wait_minutes: String(wait),
      average_service_minutes: String(service),
    });
    await importCxRows(db, [ops('2031-05-01', 100, 12, 8), ops('2031-05-02', 50, 6, 5)], { ...opts, kind: 'centre_operations' });
    // One ticket from the live feed: waited 10, served 6, rated 5.
    const rows = ticketEvents(
      'MOI-C01',
      'L1',
      { issued: '2031-05-10T08:00:00Z', called: '2031-05-10T08:10:00Z', completed: '2031-05-10T08:16:00Z' },
      'C1',
      5,
    );
    await ingestTicketEvents(db, rows as never, { entityId: null, mode: 'refuse', at });
    // A published history cycle (no cycle workflow: closed) rated the centre five stars.
    const centre = await db.selectFrom('service_centres').select('id').where('code', '=', 'MOI-C01').executeTakeFirstOrThrow();
    await db
      .insertInto('published_results')
      .values({
        cycle_id: 'history-2030',
        cycle_number: 3,
        cycle_year: 2030,
        framework_code: 'centre-stars',
        framework_version: 1,
        subject_kind: 'centre',
        subject_id: centre.id,
        entity_id: 'ent-moi',
        total_points: 80,
        max_points: 100,
        total_percent: 80,
        maturity_code: null,
        stars: 5,
        tier: null,
        rank: 1,
        previous_rank: null,
        published_at: new Date('2030-12-01T00:00:00Z'),
      })
      .execute();
  }, 120_000);
  afterAll(() => handle.close());

  it('computes a month’s satisfaction index and performance per centre from surveys, operations and the live feed, with its stars', async () => {
    const indices = await publicIndices(db, '2031-05', at);
    expect(indices.months.slice(0, 2)).toEqual(['2031-05', '2031-04']);
    const c01 = indices.centres.find((c) => c.code === 'MOI-C01')!;
    // Answers 5, 4, 2, 1 imported and 5 from the feed: 3 of 5 satisfied.
    expect(c01.satisfactionIndex).toBe(0.6);
    expect(c01.surveyAnswers).toBe(5);
    // 100 + 50 operations + 1 ticket; waits (100×12 + 50×6 + 10) / 151, services (100×8 + 50×5 + 6) / 151.
    expect(c01.served).toBe(151);
    expect(c01.averageWaitMinutes).toBeCloseTo(1510 / 151, 6);
    expect(c01.averageServiceMinutes).toBeCloseTo(1056 / 151, 6);
    expect(c01).toMatchObject({ stars: 5, starsCycleNumber: 3 });
    // April holds only the one answer.
    const april = (await publicIndices(db, '2031-04', at)).centres.find((c) => c.code === 'MOI-C01')!;
    expect(april).toMatchObject({ satisfactionIndex: 1, surveyAnswers: 1, served: 0, averageWaitMinutes: null });
  });
});
