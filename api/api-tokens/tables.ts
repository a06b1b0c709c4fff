import type { JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { Capability } from '../../workflows/api-access/capabilities.ts';
import type { CxImportKind } from '../../workflows/journeys/cx-import-rows.ts';

/** A token an entity's system calls /api/v1 with; the secret itself is shown once and never stored. */
export interface ApiTokensTable {
  id: string;
  entity_id: string;
  name: string;
  /** sha256 (hex) of the whole secret. */
  secret_hash: string;
  /** The secret's prefix and first characters (`tmz_AbCd…`), so a person can tell tokens apart. */
  secret_hint: string;
  capabilities: JSONColumnType<Capability[]>;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  /** Written at most once a minute per token (see workflows/api-access/token-state.ts). */
  last_used_at: Timestamp | null;
}

/** The external id of every pushed row: a retried push finds it here and writes nothing again. */
export interface CxExternalIdsTable {
  entity_id: string;
  kind: CxImportKind;
  external_id: string;
  import_id: string;
}

export interface ApiTokenTables {
  api_tokens: ApiTokensTable;
  cx_external_ids: CxExternalIdsTable;
}
