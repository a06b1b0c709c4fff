import type { JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { ConsultationPhase } from '../../workflows/participation/consultation-machine.ts';
import type { ConsultationSubject, ContributionStatus, IdentificationMode } from '../../workflows/participation/identification.ts';
import type { Question } from '../../workflows/participation/poll-questions.ts';
import type { ResultsVisibility } from '../../workflows/participation/results-visibility.ts';

/**
 * Read model of a consultation (same id as its workflow instance): the text and settings its
 * owner writes, and the phase, kept in step with the machine inside every transition.
 */
export interface ConsultationsTable {
  id: string;
  entity_id: string | null;
  subject_kind: ConsultationSubject;
  /** A free reference to what is consulted on (a regulation's number, a service or bundle id). */
  subject_ref: string;
  title_ar: string;
  title_en: string;
  body_ar: string;
  body_en: string;
  identification: IdentificationMode;
  results_visibility: ResultsVisibility;
  /** A standalone survey or poll has no comment thread. */
  comments_enabled: boolean;
  questions: JSONColumnType<Question[]>;
  phase: ConsultationPhase;
  opens_at: Timestamp;
  closes_at: Timestamp;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Files published with a consultation, stored like assessment evidence (bytes in the row). */
export interface ConsultationAttachmentsTable {
  id: string;
  consultation_id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  content: Uint8Array;
  created_by: string;
  created_at: Timestamp;
}

export interface ConsultationContributionsTable {
  id: string;
  consultation_id: string;
  author_user_id: string | null;
  /** The name the visitor chose to show; empty for "anonymous". */
  author_name: string;
  body: string;
  status: ContributionStatus;
  hidden_reason: string | null;
  moderated_by: string | null;
  moderated_at: Timestamp | null;
  reports: number;
  created_at: Timestamp;
}

/** One report per reporter per contribution (a reporter is an account or an address). */
export interface ConsultationReportsTable {
  contribution_id: string;
  reporter_key: string;
  reason: string;
  created_at: Timestamp;
}

/** One ballot per voter per consultation: the unique key is the duplicate-vote guard. */
export interface ConsultationBallotsTable {
  id: string;
  consultation_id: string;
  voter_key: string;
  created_at: Timestamp;
}

export interface ConsultationAnswersTable {
  ballot_id: string;
  question_id: string;
  option_id: string | null;
  rating: number | null;
  text_value: string | null;
}

/** A one-time code sent to an address, then the token it was exchanged for (hashes only). */
export interface ConsultationEmailCodesTable {
  consultation_id: string;
  email_hash: string;
  code_hash: string;
  expires_at: Timestamp;
  attempts: number;
  token_hash: string | null;
  token_expires_at: Timestamp | null;
}

/** "You said, we did": what the owner heard and what it will do. */
export interface ConsultationResponsesTable {
  consultation_id: string;
  heard_ar: string;
  heard_en: string;
  will_do_ar: string;
  will_do_en: string;
  published_by: string;
  published_at: Timestamp;
}

export interface ConsultationResponseGapsTable {
  consultation_id: string;
  gap_id: string;
}

/** Fixed-window counters per bucket (`contribute:ip:…`, `vote:user:…`), shared by every API process. */
export interface ParticipationRateWindowsTable {
  bucket: string;
  hits: number;
  window_started_at: Timestamp;
}

export interface ParticipationTables {
  consultations: ConsultationsTable;
  consultation_attachments: ConsultationAttachmentsTable;
  consultation_contributions: ConsultationContributionsTable;
  consultation_reports: ConsultationReportsTable;
  consultation_ballots: ConsultationBallotsTable;
  consultation_answers: ConsultationAnswersTable;
  consultation_email_codes: ConsultationEmailCodesTable;
  consultation_responses: ConsultationResponsesTable;
  consultation_response_gaps: ConsultationResponseGapsTable;
  participation_rate_windows: ParticipationRateWindowsTable;
}
