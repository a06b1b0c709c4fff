import type { CxImportKind } from '../journeys/cx-import-rows.ts';

/**
 * What a token may do. "Push centre operations" feeds the service centres' daily operations;
 * "push centre events" feeds the live command centre, ticket by ticket.
 */
export const capabilities = [
  'push_complaints',
  'push_survey_responses',
  'push_centre_operations',
  'push_centre_events',
  'read_gaps_actions',
] as const;
export type Capability = (typeof capabilities)[number];

/** The capability each kind of pushed row needs. */
export const pushCapability: Record<CxImportKind, Capability> = {
  complaints: 'push_complaints',
  survey_answers: 'push_survey_responses',
  centre_operations: 'push_centre_operations',
};
