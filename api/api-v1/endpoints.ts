import type { Capability } from '../../workflows/api-access/capabilities.ts';
import type { CxImportKind } from '../../workflows/journeys/cx-import-rows.ts';

export const apiV1BasePath = '/api/v1/';
export const openApiPath = '/api/v1/openapi.json';

interface EndpointBase {
  path: string;
  operationId: string;
  summary: string;
  capability: Capability;
}

export interface PushEndpoint extends EndpointBase {
  method: 'POST';
  kind: CxImportKind;
}

export interface ReadEndpoint extends EndpointBase {
  method: 'GET';
  reads: 'gaps' | 'actions';
}

/** Ticket events for the live command centre: stored as events, not as a CX import. */
export interface EventsEndpoint extends EndpointBase {
  method: 'POST';
  ingest: 'centre_events';
}

export type Endpoint = PushEndpoint | ReadEndpoint | EventsEndpoint;

/** Every endpoint an entity system calls, with the capability its token needs. */
export const endpoints: readonly Endpoint[] = [
  {
    method: 'POST',
    path: '/api/v1/complaints',
    operationId: 'pushComplaints',
    summary: 'Push complaints',
    capability: 'push_complaints',
    kind: 'complaints',
  },
  {
    method: 'POST',
    path: '/api/v1/survey-responses',
    operationId: 'pushSurveyResponses',
    summary: 'Push post-transaction survey responses',
    capability: 'push_survey_responses',
    kind: 'survey_answers',
  },
  {
    method: 'POST',
    path: '/api/v1/centre-operations',
    operationId: 'pushCentreOperations',
    summary: 'Push service centres’ daily operations',
    capability: 'push_centre_operations',
    kind: 'centre_operations',
  },
  {
    method: 'POST',
    path: '/api/v1/centre-events',
    operationId: 'pushCentreEvents',
    summary: 'Push service-centre ticket events (issued, called, completed, abandoned) for the live command centre',
    capability: 'push_centre_events',
    ingest: 'centre_events',
  },
  {
    method: 'GET',
    path: '/api/v1/gaps',
    operationId: 'listGaps',
    summary: 'The entity’s own gaps',
    capability: 'read_gaps_actions',
    reads: 'gaps',
  },
  {
    method: 'GET',
    path: '/api/v1/actions',
    operationId: 'listActions',
    summary: 'The entity’s own improvement actions',
    capability: 'read_gaps_actions',
    reads: 'actions',
  },
];
