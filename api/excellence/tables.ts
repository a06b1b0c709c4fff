import type { Generated } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';

/**
 * Excellence frameworks and assessment cycles. Workflow state lives in the engine's
 * instances (cycle id = its instance id, assessment id = its instance id); these rows hold
 * what was scored, written and decided.
 */

/** One version of a framework document (parsed JSON). Frozen once a cycle uses it. */
export interface ExcellenceFrameworksTable {
  code: string;
  version: number;
  name_ar: string;
  name_en: string;
  document: unknown;
  frozen: boolean;
  created_by: string | null;
  created_at: Timestamp;
}

/** Entities that deliver services together (stored once, a < b). */
export interface ExcellencePartnershipsTable {
  entity_a: string;
  entity_b: string;
}

/** An assessor's profile in the pool. */
export interface ExcellenceAssessorsTable {
  user_id: string;
  certifications: unknown;
  max_workload: number;
}

export interface ExcellenceCyclesTable {
  id: string;
  number: number;
  year: number;
  name_ar: string;
  name_en: string;
  framework_code: string;
  framework_version: number;
  subject_kind: 'entity' | 'centre';
  starts_on: string | null;
  ends_on: string | null;
  self_assessment_due_at: Timestamp;
  created_at: Timestamp;
}

export interface ExcellenceAssessmentsTable {
  id: string;
  cycle_id: string;
  subject_id: string;
  entity_id: string;
  entity_type: string;
}

export interface ExcellenceTeamMembersTable {
  assessment_id: string;
  assessor_id: string;
  is_lead: boolean;
}

/** The entity's own score per leaf (self-assessment). */
export interface ExcellenceSelfScoresTable {
  assessment_id: string;
  node_code: string;
  entry: unknown;
  percent: number | null;
  comment: string;
  updated_by: string;
  updated_at: Timestamp;
}

export interface ExcellenceEvidenceTable {
  id: string;
  assessment_id: string;
  node_code: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  file_name: string | null;
  mime_type: string | null;
  size_bytes: number | null;
  content: Uint8Array | null;
  /** The library file this evidence links to (kind 'file'); its bytes live there, once. */
  file_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

/** A file in an entity's evidence library, linked from criteria of any of its cycles. */
export interface ExcellenceEvidenceFilesTable {
  id: string;
  entity_id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  content: Uint8Array;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

/** One assessor's blind score per leaf; readable by others only under score-visibility rules. */
export interface ExcellenceAssessorScoresTable {
  assessment_id: string;
  assessor_id: string;
  node_code: string;
  entry: unknown;
  percent: number | null;
  strengths: unknown;
  afis: unknown;
  updated_at: Timestamp;
}

/** The team's agreed score per leaf. */
export interface ExcellenceConsensusTable {
  assessment_id: string;
  node_code: string;
  percent: number | null;
  strengths: unknown;
  afis: unknown;
  rationale: string;
  spread: number | null;
  flagged: boolean;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ExcellenceSiteVisitsTable {
  id: string;
  assessment_id: string;
  kind: 'scheduled' | 'unannounced';
  scheduled_at: Timestamp | null;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  checklist: unknown;
  findings: string;
  created_by: string;
  created_at: Timestamp;
}

/** A consensus score changed after consensus (site visit, appeal), with its reason. */
export interface ExcellenceScoreChangesTable {
  id: string;
  assessment_id: string;
  node_code: string;
  source: 'site_visit' | 'appeal';
  source_id: string;
  from_percent: number | null;
  to_percent: number | null;
  reason: string;
  changed_by: string;
  changed_at: Timestamp;
}

export interface ExcellenceAppealsTable {
  assessment_id: string;
  node_code: string;
  reason: string;
  filed_by: string;
  filed_at: Timestamp;
  decision: 'upheld' | 'rejected' | null;
  decision_reason: string | null;
  new_percent: number | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

/** A composite source's percent for one subject of a cycle (customer feedback, mystery shopper...). */
export interface ExcellenceCompositeSourcesTable {
  cycle_id: string;
  subject_id: string;
  source: 'customer_feedback' | 'mystery_shopper' | 'employee_survey';
  percent: number;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** Every change of a composite source, written with the change. */
export interface ExcellenceCompositeSourceHistoryTable {
  id: Generated<number>;
  cycle_id: string;
  subject_id: string;
  source: string;
  from_percent: number | null;
  to_percent: number;
  changed_by: string;
  changed_at: Timestamp;
}

export interface ExcellenceTables {
  excellence_frameworks: ExcellenceFrameworksTable;
  excellence_partnerships: ExcellencePartnershipsTable;
  excellence_assessors: ExcellenceAssessorsTable;
  excellence_cycles: ExcellenceCyclesTable;
  excellence_assessments: ExcellenceAssessmentsTable;
  excellence_team_members: ExcellenceTeamMembersTable;
  excellence_self_scores: ExcellenceSelfScoresTable;
  excellence_evidence: ExcellenceEvidenceTable;
  excellence_evidence_files: ExcellenceEvidenceFilesTable;
  excellence_assessor_scores: ExcellenceAssessorScoresTable;
  excellence_consensus: ExcellenceConsensusTable;
  excellence_site_visits: ExcellenceSiteVisitsTable;
  excellence_score_changes: ExcellenceScoreChangesTable;
  excellence_appeals: ExcellenceAppealsTable;
  excellence_composite_sources: ExcellenceCompositeSourcesTable;
  excellence_composite_source_history: ExcellenceCompositeSourceHistoryTable;
}
