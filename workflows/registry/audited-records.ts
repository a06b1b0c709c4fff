/** The kinds of record the administration trail (admin_changes) names. */
export const auditedRecordKinds = [
  'person',
  'entity',
  'service_centre',
  'service',
  'document_type',
  'bundle',
  'api_token',
  'excellence_evidence',
  'excellence_evidence_file',
  'mystery_shopper',
  'mystery_scenario',
  'mystery_period',
  'gap',
  'centre_threshold',
] as const;

export type AuditedRecordKind = (typeof auditedRecordKinds)[number];
