import type { Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';

export interface WorkshopParticipantRef {
  id: string;
  kind: 'customer' | 'entity_representative';
  entityId: string | null;
  removed: boolean;
}

/**
 * Read model of a workshop instance (same id), rewritten inside every transition so lists
 * and access checks never disagree with the machine. The board itself stays in the snapshot.
 */
export interface WorkshopsTable {
  id: string;
  bundle_id: string | null;
  title_ar: string;
  title_en: string;
  facilitator_id: string;
  phase: string;
  participants: JSONColumnType<WorkshopParticipantRef[]>;
  /** What customers type (or follow as a link) to join without an account; null once closed. */
  invite_code: string | null;
  version: number;
  /** Most active participants; joining with the code is refused beyond it. */
  participant_cap: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A customer account created by joining with an invite code: it exists for one workshop only. */
export interface WorkshopGuestsTable {
  user_id: string;
  workshop_id: string;
  joined_at: Timestamp;
}

/** Which register action each workshop commitment became, so dependencies between commitments carry over. */
export interface WorkshopCommitmentActionsTable {
  workshop_id: string;
  commitment_id: string;
  action_id: string;
}

/** One row per join attempt (right or wrong code), counted per IP over the last minute. */
export interface WorkshopJoinAttemptsTable {
  id: Generated<number>;
  ip: string;
  at: Timestamp;
}

export interface WorkshopTables {
  workshops: WorkshopsTable;
  workshop_guests: WorkshopGuestsTable;
  workshop_commitment_actions: WorkshopCommitmentActionsTable;
  workshop_join_attempts: WorkshopJoinAttemptsTable;
}
