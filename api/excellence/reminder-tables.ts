import type { Generated } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';

/** A self-assessment deadline its coordinators were reminded of (see self-assessment-reminders.ts). */
export interface SelfAssessmentRemindersTable {
  assessment_id: string;
  due_at: Timestamp;
  reminded_at: Generated<Timestamp>;
}

export interface ReminderTables {
  self_assessment_reminders: SelfAssessmentRemindersTable;
}
