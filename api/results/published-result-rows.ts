import { setImmediate } from 'node:timers/promises';
import { sql, type Insertable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SubjectResult } from '../../workflows/excellence/cycle-results.ts';
import { allNodes } from '../../workflows/excellence/framework-nodes.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';
import type { PublishedNodeEntry, PublishedNodeScoresTable, PublishedResultsTable } from './tables.ts';

/** The cycle a publication belongs to, as its rows record it. */
export interface CyclePublication {
  cycleId: string;
  number: number;
  year: number;
  frameworkCode: string;
  frameworkVersion: number;
  subjectKind: 'entity' | 'centre';
  publishedAt: Date;
}

export interface PublishedResultRows {
  results: Insertable<PublishedResultsTable>[];
  /** Each subject's node scores as the one document `published_node_documents` keeps for it. */
  documents: Map<string, PublishedNodeEntry[]>;
}

/**
 * What a publication writes: one row per subject and one per framework node of each, from
 * the pure `cycleResults`. The product's publication and the demo seeds both write through it.
 */
export function publishedResultRows(
  cycle: CyclePublication,
  framework: Framework,
  results: readonly SubjectResult[],
  entityOf: (subjectId: string) => string,
): PublishedResultRows {
  const depth = new Map([...allNodes(framework.nodes)].map((e) => [e.node.code, e.ancestors.length]));
  return {
    results: results.map((r) => ({
      cycle_id: cycle.cycleId,
      cycle_number: cycle.number,
      cycle_year: cycle.year,
      framework_code: cycle.frameworkCode,
      framework_version: cycle.frameworkVersion,
      subject_kind: cycle.subjectKind,
      subject_id: r.id,
      entity_id: entityOf(r.id),
      total_points: r.score.total,
      max_points: r.score.maxTotal,
      total_percent: r.score.percent ?? 0,
      maturity_code: r.maturity?.code ?? null,
      stars: r.classification?.tier?.stars ?? null,
      tier: r.classification?.tier?.code ?? null,
      rank: r.rank,
      previous_rank: r.change.previousRank,
      published_at: cycle.publishedAt,
    })),
    // Built as documents directly: a large cycle has tens of thousands of node scores.
    documents: new Map(
      results.map((r) => [
        r.id,
        Object.values(r.score.nodes).map(
          (n): PublishedNodeEntry => [n.code, n.pillar, depth.get(n.code) ?? 0, n.percent, n.points, n.maxPoints],
        ),
      ]),
    ),
  };
}

/** The node rows a publication's documents unfold into: what `published_node_scores` reads back. */
export function publishedNodeRows(cycleId: string, rows: PublishedResultRows): Insertable<PublishedNodeScoresTable>[] {
  return [...rows.documents].flatMap(([subjectId, entries]) =>
    entries.map(([nodeCode, pillarCode, depth, percent, points, maxPoints]) => ({
      cycle_id: cycleId,
      subject_id: subjectId,
      node_code: nodeCode,
      pillar_code: pillarCode,
      depth,
      percent,
      points,
      max_points: maxPoints,
    })),
  );
}

/** Removes a cycle's published rows, inside the caller's transaction: one statement, so it can be sent ahead. */
export async function clearPublishedResults(db: DB, cycleId: string): Promise<void> {
  await sql`with documents as (delete from published_node_documents where cycle_id = ${cycleId})
    delete from published_results where cycle_id = ${cycleId}`.execute(db);
}

/**
 * Replaces a cycle's published rows, inside the caller's transaction. `cleared` is the caller's
 * `clearPublishedResults` already under way (sent before it computed the rows); else it runs here.
 */
export async function writePublishedResults(db: DB, cycleId: string, rows: PublishedResultRows, cleared?: Promise<void>): Promise<void> {
  await (cleared ?? clearPublishedResults(db, cycleId));
  if (rows.results.length === 0) return;
  const stray = rows.results.find((r) => r.cycle_id !== cycleId);
  if (stray) throw new Error(`result of cycle ${stray.cycle_id} written with cycle ${cycleId}`);
  // The node documents (megabytes of JSON for a large cycle) are serialised while the server
  // writes the result rows: the statement is on the wire before the serialising starts.
  const [, documents] = await Promise.all([
    // One JSON parameter instead of seventeen per row: the server reads the rows out of it.
    sql`insert into published_results select * from json_populate_recordset(null::published_results, ${JSON.stringify(rows.results)}::json)`.execute(
      db,
    ),
    setImmediate().then(() => (rows.documents.size === 0 ? null : JSON.stringify(Object.fromEntries(rows.documents)))),
  ]);
  if (documents === null) return;
  // One JSON object keyed by subject, split server-side: every document in one statement.
  await sql`insert into published_node_documents (cycle_id, subject_id, nodes)
    select ${cycleId}, d.key, d.value from json_each(${documents}::json) as d`.execute(db);
}
