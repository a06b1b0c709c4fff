import type { Generated } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';

/**
 * One row per administrative change to reference data or people: who, when, what, and the
 * record before and after. Append-only (a trigger refuses UPDATE and DELETE) so the trail
 * an auditor reads is the trail that was written.
 */
export interface AdminChangesTable {
  id: Generated<string>;
  /** The account that made the change; null for the command line and start-up. */
  actor_id: string | null;
  /** What kind of record changed: person | entity | service_centre | service | document_type | bundle | api_token */
  subject_kind: string;
  subject_id: string;
  /** What happened to it, in the past tense: created | updated | archived | restored | deactivated | invited | ... */
  action: string;
  before: unknown | null;
  after: unknown | null;
  at: Generated<Timestamp>;
}

export interface AdminTables {
  admin_changes: AdminChangesTable;
}
