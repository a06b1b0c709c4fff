import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { cycleResults } from '../../workflows/excellence/cycle-results.ts';
import { framework } from '../../workflows/excellence/framework-schema.ts';
import { sampleFramework } from '../../workflows/excellence/framework.fixture.ts';
import { publishedNodeRows, publishedResultRows, writePublishedResults } from '../../api/results/published-result-rows.ts';
import * as documents from '../../api/db/migrations/0660_published_node_documents.ts';

const fw = framework.parse(sampleFramework());
const cycle = {
  cycleId: 'cycle-docs',
  number: 1,
  year: 2026,
  frameworkCode: fw.code,
  frameworkVersion: 1,
  subjectKind: 'entity' as const,
  publishedAt: new Date('2026-11-30T09:00:00Z'),
};

// Thirds and sevenths: doubles that only survive a round trip at full precision.
const published = cycleResults(
  fw,
  [
    { id: 'ent-docs-a', entityType: 'service_entity', leafPercents: { 'C1.1': 100 / 3, 'C1.2': 200 / 7, C2: 50, P2: 70 } },
    { id: 'ent-docs-b', entityType: 'service_entity', leafPercents: { 'C1.1': 100, 'C1.2': 95, C2: 100 / 9, P2: 100 } },
  ],
  [],
).results;
const rows = publishedResultRows(cycle, fw, published, (id) => id);
const nodeRows = publishedNodeRows(cycle.cycleId, rows);

const sorted = <T extends { subject_id: string; node_code: string }>(xs: T[]) =>
  [...xs].sort((a, b) => a.subject_id.localeCompare(b.subject_id) || a.node_code.localeCompare(b.node_code));

async function nodeScores(db: DB) {
  return sorted(await db.selectFrom('published_node_scores').selectAll().where('cycle_id', '=', cycle.cycleId).execute());
}

describe.each(testDatabases())('published node scores as one document per subject on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;
  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await db
      .insertInto('entities')
      .values(
        ['ent-docs-a', 'ent-docs-b'].map((id) => ({
          id,
          code: id.toUpperCase(),
          name_ar: id,
          name_en: id,
          type: 'ministry',
          sector: 'government',
          delivers_services: true,
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('reads back every node row exactly as published (full precision), one document row per subject', async () => {
    await db.transaction().execute((trx) => writePublishedResults(trx, cycle.cycleId, rows));
    expect(nodeRows.length).toBeGreaterThan(2);
    expect(await nodeScores(db)).toEqual(sorted(nodeRows));
    const docs = await db.selectFrom('published_node_documents').select('subject_id').where('cycle_id', '=', cycle.cycleId).execute();
    expect(docs.map((d) => d.subject_id).sort()).toEqual(['ent-docs-a', 'ent-docs-b']);
    // Queryable like the table it replaced: by depth, by node, ordered.
    const pillars = await db
      .selectFrom('published_node_scores')
      .select(['subject_id', 'node_code', 'percent'])
      .where('cycle_id', '=', cycle.cycleId)
      .where('depth', '=', 0)
      .orderBy('subject_id')
      .orderBy('node_code')
      .execute();
    expect(pillars).toEqual(
      sorted(nodeRows.filter((n) => n.depth === 0)).map((n) => ({
        subject_id: n.subject_id,
        node_code: n.node_code,
        percent: n.percent,
      })),
    );
  });

  it('republishing replaces the documents instead of adding to them', async () => {
    await db.transaction().execute((trx) => writePublishedResults(trx, cycle.cycleId, rows));
    await db.transaction().execute((trx) => writePublishedResults(trx, cycle.cycleId, rows));
    expect(await nodeScores(db)).toEqual(sorted(nodeRows));
  });

  it('a refused result row leaves the cycle as it was: no documents written without their results', async () => {
    await db.transaction().execute((trx) => writePublishedResults(trx, cycle.cycleId, rows));
    const before = await nodeScores(db);
    const unknownEntity = { ...rows, results: rows.results.map((r, i) => (i === 0 ? { ...r, entity_id: 'ent-nobody' } : r)) };
    await expect(db.transaction().execute((trx) => writePublishedResults(trx, cycle.cycleId, unknownEntity))).rejects.toThrow(
      /foreign key/,
    );
    expect(await nodeScores(db)).toEqual(before);
  });

  it('documents are stored out of line without compression (compressing them was most of the write)', async () => {
    const { rows: storage } = await sql<{ attstorage: string }>`select attstorage from pg_attribute
      where attrelid = 'published_node_documents'::regclass and attname = 'nodes'`.execute(db);
    expect(storage).toEqual([{ attstorage: 'e' }]);
  });
  it('the migration carries node rows published before it into the documents, and back down', async () => {
    await db.transaction().execute((trx) => writePublishedResults(trx, cycle.cycleId, rows));
    await documents.down(handle.db);
    expect((await sql<{ n: number }>`select count(*)::int as n from published_node_scores`.execute(db)).rows[0]!.n).toBe(nodeRows.length);
    await documents.up(handle.db);
    expect(await nodeScores(db)).toEqual(sorted(nodeRows));
  });
});
