import type { Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { OptionalTimestamp } from '../admin/optional-timestamp.ts';
import type { ServiceDefinition } from '../../workflows/journeys/service-definition.ts';

/** Documents customers are asked for; services, journey maps and bundles name them by id. */
export interface DocumentTypesTable {
  id: string;
  name_ar: string;
  name_en: string;
  issuer_entity_code: string | null;
  /** Retired types leave the pickers; definitions that name them keep reading them. */
  retired_at: OptionalTimestamp;
  created_at: Generated<Timestamp>;
}

/** Parties outside government that a step may name (the customer's bank). */
export interface ExternalPartiesTable {
  code: string;
  name_ar: string;
  name_en: string;
}

/** Every version of every service definition, never rewritten. */
export interface ServiceVersionsTable {
  code: string;
  version: number;
  definition: JSONColumnType<ServiceDefinition>;
  saved_by: string | null;
  saved_at: Timestamp;
}

export interface CatalogueTables {
  document_types: DocumentTypesTable;
  external_parties: ExternalPartiesTable;
  service_versions: ServiceVersionsTable;
}
