import type { Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { OptionalTimestamp } from '../admin/optional-timestamp.ts';
import type { ServiceDefinition } from '../../workflows/journeys/service-definition.ts';
import type { BadCell } from '../../workflows/journeys/cx-import-rows.ts';

/** The documented service catalogue; `definition` holds the whole unified documentation. */
export interface ServicesTable {
  code: string;
  name_ar: string;
  name_en: string;
  owner_entity_code: string;
  definition: JSONColumnType<ServiceDefinition>;
  /** 0..1, set by the programme for the prioritisation view. */
  strategic_weight: Generated<number>;
  /** Bumped on every edit; each version's definition stays readable in service_versions. */
  version: Generated<number>;
  /** Retired services leave the catalogue's pickers; journeys and imports that named them keep reading them. */
  retired_at: OptionalTimestamp;
}

/** One accepted import of customer-experience rows (a refused file leaves no trace). */
export interface CxImportsTable {
  id: string;
  kind: 'complaints' | 'survey_answers' | 'centre_operations';
  /** csv | api | seed */
  source: string;
  file_name: string | null;
  total_rows: number;
  imported_rows: number;
  skipped_rows: number;
  created_by: string | null;
  created_at: Timestamp;
}

/** Every import attempt with its progress and bad-row report (see api/cx/import-jobs.ts). */
export interface CxImportJobsTable {
  id: string;
  kind: 'complaints' | 'survey_answers' | 'centre_operations';
  source: string;
  mode: 'refuse' | 'skip';
  file_name: string | null;
  status: 'running' | 'imported' | 'refused' | 'failed';
  rows_expected: number;
  rows_read: number;
  rows_valid: number;
  rows_bad: number;
  rows_imported: number;
  bad_rows: JSONColumnType<BadCell[]>;
  missing_columns: JSONColumnType<string[]>;
  created_by: string | null;
  entity_id: string | null;
  started_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface CxComplaintsTable {
  id: Generated<string>;
  import_id: string;
  service_code: string;
  channel: string;
  date: string;
  category: string;
  text: string;
}

export interface CxSurveyAnswersTable {
  id: Generated<string>;
  import_id: string;
  service_code: string;
  centre_code: string;
  channel: string;
  satisfaction: number;
  date: string;
}

export interface CxCentreOperationsTable {
  id: Generated<string>;
  import_id: string;
  centre_code: string;
  date: string;
  transactions_served: number;
  average_wait_minutes: number;
  average_service_minutes: number;
}

export interface CxTables {
  services: ServicesTable;
  cx_imports: CxImportsTable;
  cx_import_jobs: CxImportJobsTable;
  cx_complaints: CxComplaintsTable;
  cx_survey_answers: CxSurveyAnswersTable;
  cx_centre_operations: CxCentreOperationsTable;
}
