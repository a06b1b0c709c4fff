/**
 * Publishing a cycle of 1,000 entities x 60 leaves x 3 assessors: the time to compute every
 * score and the ranking with the domain's pure functions (rows read from the database, then
 * per-node means, spreads, weighted totals, maturity, stars, competition ranks), beside one
 * SQL aggregate that computes the same weighted totals and ranks over the same rows.
 *
 *   npm run bench:publish -- [--entities=1000] [--runs=5] [--db=pglite|postgres]
 *
 * Setup rows are inserted directly (not through the engine): only publication is measured.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { connectDatabase, type DatabaseHandle } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { saveFramework } from '../../api/excellence/framework-store.ts';
import { publishCycleResults } from '../../api/excellence/publication.ts';
import { parseFramework } from '../../workflows/excellence/framework-validation.ts';
import { leafNodes } from '../../workflows/excellence/framework-nodes.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { serverDatabase, type ServerDatabase } from '../support/server-database.ts';
import { textTable } from '../support/text-table.ts';
import { benchFramework } from './bench-framework.ts';
import { computeFromScores } from './compute-from-scores.ts';

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

const entityCount = Number(option('entities', '1000'));
const runs = Number(option('runs', '5'));
const driver = option('db', 'pglite') as 'pglite' | 'postgres';
const assessors = ['usr-assessor1', 'usr-assessor2', 'usr-assessor3'];

/** Deterministic scores: a small linear congruential generator, multiples of 5. */
function scoreStream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return ((state >>> 8) % 21) * 5;
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function insertBatched<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function setUp(db: DB): Promise<{ cycleId: string; leafPoints: [string, number][] }> {
  await loadSeeds(db, { demoUsers: true });
  const at = new Date();
  const saved = await saveFramework(db, benchFramework(), null, at);
  const parsed = parseFramework(benchFramework());
  if (!parsed.ok) throw new Error('bench framework invalid');
  const leaves = leafNodes(parsed.framework).map((n) => n.code);
  const cycleId = randomUUID();
  await db.updateTable('excellence_frameworks').set({ frozen: true }).where('code', '=', saved.code).execute();
  await db
    .insertInto('excellence_cycles')
    .values({
      id: cycleId,
      number: 1,
      year: 2026,
      name_ar: 'دورة القياس',
      name_en: 'Benchmark cycle',
      framework_code: saved.code,
      framework_version: saved.version,
      subject_kind: 'entity',
      starts_on: null,
      ends_on: null,
      self_assessment_due_at: at,
      created_at: at,
    })
    .execute();
  const entities = Array.from({ length: entityCount }, (_, i) => `ent-bench-${String(i + 1).padStart(4, '0')}`);
  await insertBatched(entities, 1000, (batch) =>
    db
      .insertInto('entities')
      .values(
        batch.map((id, i) => ({
          id,
          code: id.slice(4).toUpperCase(),
          name_ar: `جهة ${i}`,
          name_en: `Entity ${id}`,
          type: 'ministry',
          sector: 'government',
          delivers_services: true,
        })),
      )
      .execute(),
  );
  const assessments = entities.map((entityId) => ({ id: randomUUID(), entityId }));
  await insertBatched(assessments, 1000, (batch) =>
    db
      .insertInto('excellence_assessments')
      .values(
        batch.map((a) => ({ id: a.id, cycle_id: cycleId, subject_id: a.entityId, entity_id: a.entityId, entity_type: 'service_entity' })),
      )
      .execute(),
  );
  await insertBatched(assessments, 1000, (batch) =>
    db
      .insertInto('workflow_instances')
      .values(
        batch.map((a) => ({
          id: a.id,
          kind: 'excellence_assessment',
          machine_version: 1,
          entity_id: a.entityId,
          state: 'published.appeal_window',
          snapshot: JSON.stringify({ context: {} }),
          version: 1,
          created_by: null,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute(),
  );
  const next = scoreStream(42);
  const scores: {
    assessment_id: string;
    assessor_id: string;
    node_code: string;
    entry: string;
    percent: number;
    strengths: string;
    afis: string;
    updated_at: Date;
  }[] = [];
  const consensus: {
    assessment_id: string;
    node_code: string;
    percent: number;
    strengths: string;
    afis: string;
    rationale: string;
    spread: null;
    flagged: boolean;
    recorded_by: string;
    recorded_at: Date;
  }[] = [];
  for (const a of assessments) {
    for (const leaf of leaves) {
      let sum = 0;
      for (const assessor of assessors) {
        const percent = next();
        sum += percent;
        scores.push({
          assessment_id: a.id,
          assessor_id: assessor,
          node_code: leaf,
          entry: JSON.stringify({ method: 'bands', score: percent }),
          percent,
          strengths: '[]',
          afis: '[]',
          updated_at: at,
        });
      }
      consensus.push({
        assessment_id: a.id,
        node_code: leaf,
        percent: sum / assessors.length,
        strengths: '[]',
        afis: '[]',
        rationale: '',
        spread: null,
        flagged: false,
        recorded_by: 'usr-assessor1',
        recorded_at: at,
      });
    }
  }
  await insertBatched(scores, 2000, (batch) => db.insertInto('excellence_assessor_scores').values(batch).execute());
  await insertBatched(consensus, 2000, (batch) => db.insertInto('excellence_consensus').values(batch).execute());
  await sql`analyze`.execute(db);
  const points = leafNodes(parsed.framework).map((n): [string, number] => [n.code, n.weight]);
  return { cycleId, leafPoints: points };
}

/** The baseline: one SQL statement, the weighted mean-of-assessors total per entity and its competition rank. */
async function sqlAggregate(db: DB, cycleId: string, leafPoints: [string, number][]) {
  const weights = sql.join(leafPoints.map(([code, pts]) => sql`(${code}, ${pts}::double precision)`));
  const { rows } = await sql<{ subject_id: string; total: number; rank: string }>`
    select subject_id, total, rank() over (order by total desc) as rank from (
      select a.subject_id, sum(s.percent * w.points / 100.0) / ${assessors.length} as total
      from excellence_assessor_scores s
      join excellence_assessments a on a.id = s.assessment_id
      join (values ${weights}) as w(node_code, points) on w.node_code = s.node_code
      where a.cycle_id = ${cycleId}
      group by a.subject_id
    ) t`.execute(db);
  return rows;
}

async function main(): Promise<void> {
  let handle: DatabaseHandle;
  let server: ServerDatabase | null = null;
  if (driver === 'postgres') {
    server = await serverDatabase();
    handle = await connectDatabase({ driver: 'postgres', url: server.url });
  } else {
    handle = await connectDatabase({ driver: 'pglite' });
  }
  const db = productDb(handle.db);
  try {
    await migrateToLatest(handle.db, allMigrations);
    const setupStart = performance.now();
    const { cycleId, leafPoints } = await setUp(db);
    const setupMs = performance.now() - setupStart;
    const parsed = parseFramework(benchFramework());
    if (!parsed.ok) throw new Error('bench framework invalid');
    const fw = parsed.framework;

    const load: number[] = [];
    const compute: number[] = [];
    const ours: number[] = [];
    const baseline: number[] = [];
    const publish: number[] = [];
    let check = '';
    // One warm-up round of each, then `runs` measured rounds, interleaved so drift hits both.
    for (let i = 0; i <= runs; i++) {
      const a = await computeFromScores(db, fw, cycleId);
      const t0 = performance.now();
      const b = await sqlAggregate(db, cycleId, leafPoints);
      const baselineMs = performance.now() - t0;
      const t1 = performance.now();
      await db.transaction().execute((trx) => publishCycleResults(trx, cycleId, new Date()));
      const publishMs = performance.now() - t1;
      if (i === 0) {
        // Both paths must agree before their times mean anything.
        const top = b.reduce((best, r) => (Number(r.total) > Number(best.total) ? r : best));
        const mine = a.results.find((r) => r.id === top.subject_id)!;
        if (Math.abs(mine.score.total - Number(top.total)) > 1e-6 || mine.rank !== Number(top.rank))
          throw new Error('the pure functions and the SQL aggregate disagree');
        check = `top entity ${top.subject_id}: ${mine.score.total.toFixed(3)} points, rank ${mine.rank} (both); ${a.flagged} nodes flagged for spread`;
        continue;
      }
      load.push(a.loadMs);
      compute.push(a.computeMs);
      ours.push(a.loadMs + a.computeMs);
      baseline.push(baselineMs);
      publish.push(publishMs);
    }
    const fmt = (ms: number) => ms.toFixed(1);
    const base = median(baseline);
    console.log(
      `bench:publish on ${driver}${server ? ` (${server.origin})` : ''}: ${entityCount} entities x ${leafPoints.length} leaves x ${assessors.length} assessors = ${entityCount * leafPoints.length * assessors.length} score rows; median of ${runs} runs after 1 warm-up; setup ${fmt(setupMs)} ms`,
    );
    console.log(check);
    console.log(
      textTable(
        ['measure', 'median ms', 'x baseline'],
        [
          ['read the score rows (Kysely)', fmt(median(load)), (median(load) / base).toFixed(2)],
          ['compute scores + ranking (pure functions)', fmt(median(compute)), (median(compute) / base).toFixed(2)],
          ['read + compute, total', fmt(median(ours)), (median(ours) / base).toFixed(2)],
          ['baseline: one SQL aggregate + rank()', fmt(base), '1.00'],
          ['full publication (consensus -> published rows, 1 trx)', fmt(median(publish)), (median(publish) / base).toFixed(2)],
        ],
      ),
    );
    // Issue 12's goals: within 3x of the SQL aggregate on a server, under a second on PGlite.
    const ratio = median(publish) / base;
    console.log(`full publication / SQL aggregate = ${ratio.toFixed(2)} (goal <= 3): ${ratio <= 3 ? 'PASS' : 'FAIL'}`);
    if (driver === 'pglite')
      console.log(`full publication on PGlite = ${fmt(median(publish))} ms (goal < 1000 ms): ${median(publish) < 1000 ? 'PASS' : 'FAIL'}`);
  } finally {
    await handle.close();
    await server?.close();
  }
}

await main();
