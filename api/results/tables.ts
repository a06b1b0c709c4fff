import type { Timestamp } from '../../engine/db/schema.ts';

/**
 * What a cycle publishes, per assessed subject (an entity or a service centre): the
 * frozen, public-facing result. Written once at publication by the assessment domain and
 * read by rankings, maturity, the leadership dashboard and the transparency page. Only
 * assessed scores live here; projections from verified actions are computed elsewhere.
 */
export interface PublishedResultsTable {
  cycle_id: string;
  cycle_number: number;
  cycle_year: number;
  framework_code: string;
  framework_version: number;
  subject_kind: 'entity' | 'centre';
  subject_id: string;
  /** The owning entity (the subject itself for an entity). */
  entity_id: string;
  total_points: number;
  max_points: number;
  total_percent: number;
  maturity_code: string | null;
  /** 1..7 for star-rated frameworks. */
  stars: number | null;
  /** silver | gold | platinum ... for tiered frameworks. */
  tier: string | null;
  rank: number;
  previous_rank: number | null;
  published_at: Timestamp;
}

/**
 * One row per published subject and framework node. A view (migration 0660) over
 * `published_node_documents`: read it, write the documents.
 */
export interface PublishedNodeScoresTable {
  cycle_id: string;
  subject_id: string;
  node_code: string;
  /** The top-level pillar the node belongs to (the node itself for a pillar). */
  pillar_code: string;
  depth: number;
  percent: number;
  points: number;
  max_points: number;
}

/** A published node score as its subject's document holds it. */
export type PublishedNodeEntry = [nodeCode: string, pillarCode: string, depth: number, percent: number, points: number, maxPoints: number];

/** Every node score of one published subject, in one document: written in one statement per publication. */
export interface PublishedNodeDocumentsTable {
  cycle_id: string;
  subject_id: string;
  nodes: PublishedNodeEntry[];
}

export interface ResultsTables {
  published_results: PublishedResultsTable;
  published_node_scores: PublishedNodeScoresTable;
  published_node_documents: PublishedNodeDocumentsTable;
}
