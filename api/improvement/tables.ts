import type { Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { ActionStatus } from '../../workflows/improvement/action-status.ts';

/** The one gap register every programme writes to (assessments, mystery shopping, workshops, journeys). */
export interface GapsTable {
  id: string;
  /** Human reference such as GAP-2026-0042. */
  code: string;
  title: string;
  description: string;
  entity_id: string;
  criterion_code: string | null;
  severity: 'low' | 'medium' | 'high' | 'critical';
  owner_id: string | null;
  status: 'open' | 'in_progress' | 'closed' | 'merged';
  merged_into_id: string | null;
  /** Cycle, workshop or journey the gap came from, for filtering and the previous-cycle view. */
  cycle_id: string | null;
  raised_at: Timestamp;
  closed_at: Timestamp | null;
  /** `gapSearchText` of code, title and description: what the free-text filter matches. */
  search_text: string;
}

/** Links back to what raised a gap; a merged gap's links move to the survivor. */
export interface GapSourcesTable {
  gap_id: string;
  kind: 'assessment_afi' | 'mystery_shopper_finding' | 'workshop_pain_point' | 'journey_difference' | 'consultation' | 'command_centre';
  container_id: string;
  item_id: string;
  /** Short bilingual summary of the source for lists, so a list needs no join per source kind. */
  label_ar: string;
  label_en: string;
}

export interface ActionPlansTable {
  id: string;
  entity_id: string;
  title: string;
  /** assessment | workshop | journey | manual */
  origin: string;
  origin_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  /** A sub-plan's parent (migration 0500). */
  parent_plan_id: string | null;
}

/**
 * Read model of an action, kept in step with its workflow instance (same id) inside the
 * transaction of every transition, so lists and roll-ups never disagree with the machine.
 */
export interface ActionsTable {
  id: string;
  plan_id: string;
  parent_action_id: string | null;
  entity_id: string;
  owner_id: string | null;
  title: string;
  due_at: Timestamp;
  status: ActionStatus;
  progress: number;
  weight: number;
  escalation_level: number;
  updated_at: Timestamp;
  /** ACT-0001: how spreadsheets name the action (migration 0500). */
  code: string | null;
}

export interface ActionGapsTable {
  action_id: string;
  gap_id: string;
}

export interface ActionDependenciesTable {
  action_id: string;
  depends_on_action_id: string;
  /** legal_amendment | data_sharing_agreement | system_integration | other */
  kind: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  /** A person, or everyone holding a role (optionally within one entity). */
  recipient_user_id: string | null;
  recipient_role: string | null;
  recipient_entity_id: string | null;
  /** Message key the web translates, e.g. notifications.actionOverdue. */
  kind: string;
  params: JSONColumnType<Record<string, string | number>>;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface ImprovementTables {
  gaps: GapsTable;
  gap_sources: GapSourcesTable;
  action_plans: ActionPlansTable;
  actions: ActionsTable;
  action_gaps: ActionGapsTable;
  action_dependencies: ActionDependenciesTable;
  notifications: NotificationsTable;
  action_milestones: ActionMilestonesTable;
  action_evidence: ActionEvidenceTable;
  action_comments: ActionCommentsTable;
  action_uplifts: ActionUpliftsTable;
}

/** Declared effect of an action on a criterion, counted in the projection only once verified (migration 0510). */
export interface ActionUpliftsTable {
  action_id: string;
  criterion_code: string;
  points: number;
}

/** Columns and tables added by migration 0500 (action codes, plan nesting, milestones, evidence, comments). */
export interface ActionMilestonesTable {
  id: string;
  action_id: string;
  title: string;
  due_at: Timestamp;
  done_at: Timestamp | null;
}

export interface ActionEvidenceTable {
  id: string;
  action_id: string;
  title: string;
  url: string;
  added_by: string | null;
  added_at: Timestamp;
}

export interface ActionCommentsTable {
  id: string;
  action_id: string;
  author_id: string | null;
  body: string;
  created_at: Timestamp;
}
