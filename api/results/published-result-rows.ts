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
  nodes: Insertable<PublishedNodeScoresTable>[];
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
    nodes: results.flatMap((r) =>
      Object.values(r.score.nodes).map((n) => ({
        cycle_id: cycle.cycleId,
        subject_id: r.id,
        node_code: n.code,
        pillar_code: n.pillar,
        depth: depth.get(n.code) ?? 0,
        percent: n.percent,
        points: n.points,
        max_points: n.maxPoints,
      })),
    ),
  };
}

/** Replaces a cycle's published rows, inside the caller's transaction. */
export async function writePublishedResults(db: DB, cycleId: string, rows: PublishedResultRows): Promise<void> {
  await db.deleteFrom('published_node_documents').where('cycle_id', '=', cycleId).execute();
  await db.deleteFrom('published_results').where('cycle_id', '=', cycleId).execute();
  if (rows.results.length === 0) return;
  // The node documents (megabytes of JSON for a large cycle) are serialised while the server
  // writes the result rows: the statement is on the wire before the serialising starts.
  const [, documents] = await Promise.all([
    db.insertInto('published_results').values(rows.results).execute(),
    setImmediate().then(() => nodeDocumentsJson(cycleId, rows.nodes)),
  ]);
  if (documents === null) return;
  await sql`insert into published_node_documents (cycle_id, subject_id, nodes)
    select ${cycleId}, d.key, d.value from json_each(${documents}::json) as d`.execute(db);
}

/**
 * Every subject's node scores as one document each, as one JSON object keyed by subject, split
 * server-side in one statement (`published_node_scores` unfolds them); null when there are none.
 */
function nodeDocumentsJson(cycleId: string, nodes: readonly Insertable<PublishedNodeScoresTable>[]): string | null {
  if (nodes.length === 0) return null;
  const documents: Record<string, PublishedNodeEntry[]> = {};
  for (const n of nodes) {
    if (n.cycle_id !== cycleId) throw new Error(`node score of cycle ${n.cycle_id} written with cycle ${cycleId}`);
    documents[n.subject_id] ??= [];
    documents[n.subject_id]!.push([n.node_code, n.pillar_code, n.depth, n.percent, n.points, n.max_points]);
  }
  return JSON.stringify(documents);
}
