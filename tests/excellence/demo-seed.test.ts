import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { loadSeeds } from '../../seeds/loader.ts';

const pglite = testDatabases().find((t) => t.name === 'pglite')!;

/** The `npm start` demo: what each demo user finds, and a second start changing nothing. */
describe('excellence demo seed', () => {
  let handle: TestDatabase;
  let db: DB;
  beforeAll(async () => {
    handle = await pglite.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: true, demoExcellence: true });
    await loadSeeds(db, { demoUsers: true, demoExcellence: true });
  }, 120_000);
  afterAll(async () => handle.close());

  it('has a closed, published cycle 3 and cycle 4 under way at different stages', async () => {
    const rows = await db
      .selectFrom('excellence_assessments as a')
      .innerJoin('excellence_cycles as c', 'c.id', 'a.cycle_id')
      .innerJoin('workflow_instances as w', 'w.id', 'a.id')
      .select(['c.number', 'a.entity_id', 'w.state'])
      .where('c.framework_code', '=', 'gov-excellence')
      .orderBy('c.number')
      .orderBy('a.entity_id')
      .execute();
    expect(rows.map((r) => [r.number, r.entity_id, r.state])).toEqual([
      [3, 'ent-moh', 'closed'],
      [3, 'ent-moi', 'closed'],
      [3, 'ent-mun', 'closed'],
      [4, 'ent-moh', 'independent_scoring'],
      [4, 'ent-moi', 'self_assessment.open'],
      [4, 'ent-mun', 'consensus'],
    ]);
    const published = await db
      .selectFrom('published_results')
      .select(['entity_id', 'rank', 'total_percent'])
      .where('framework_code', '=', 'gov-excellence')
      .orderBy('rank')
      .execute();
    expect(published).toHaveLength(3);
    // MOI's scores sit highest, MUN's lowest.
    expect(published.map((p) => p.entity_id)).toEqual(['ent-moi', 'ent-moh', 'ent-mun']);
    const gaps = await db.selectFrom('gap_sources').select('item_id').where('kind', '=', 'assessment_afi').execute();
    expect(gaps.length).toBeGreaterThan(0);
  });

  it('has a published service-centre cycle rated with the composite, one centre unrated for a missing figure', async () => {
    const rows = await db
      .selectFrom('published_results')
      .select(['subject_id', 'subject_kind', 'stars'])
      .where('framework_code', '=', 'service-centre-guide')
      .orderBy('subject_id')
      .execute();
    expect(rows.map((r) => r.subject_id)).toEqual(['ctr-moh-c01', 'ctr-moh-r01', 'ctr-moi-c01', 'ctr-moi-c02', 'ctr-moi-r01']);
    expect(rows.every((r) => r.subject_kind === 'centre')).toBe(true);
    // The health call centre has no customer-feedback figure: published without stars.
    expect(rows.filter((r) => r.stars === null).map((r) => r.subject_id)).toEqual(['ctr-moh-r01']);
    expect(rows.every((r) => r.stars === null || (r.stars >= 1 && r.stars <= 7))).toBe(true);
  });
});
