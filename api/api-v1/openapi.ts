import { z } from 'zod';
import { importColumns } from '../../workflows/journeys/cx-import-rows.ts';
import { capabilities } from '../../workflows/api-access/capabilities.ts';
import { endpoints, type Endpoint, type PushEndpoint } from './endpoints.ts';
import { ticketEventSchema, ticketEventKinds } from '../../workflows/command-centre/ticket-event.ts';
import {
  actionsPageSchema,
  actionsQuerySchema,
  errorSchema,
  gapsPageSchema,
  gapsQuerySchema,
  pushBodySchema,
  pushResultSchema,
  pushRowSchema,
} from './schemas.ts';

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, without the per-schema `$schema`. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** A row as the document shows it: the import's columns take text or a number, as the endpoint does. */
function rowSchema(endpoint: PushEndpoint): JsonSchema {
  const schema = jsonSchema(pushRowSchema(endpoint.kind), 'input');
  const properties = schema.properties as Record<string, JsonSchema>;
  for (const column of importColumns(endpoint.kind)) properties[column] = { ...properties[column], type: ['string', 'number'] };
  return schema;
}

/** A ticket event as the document shows it (its schema's transforms leave nothing to generate from). */
function eventRowSchema(): JsonSchema {
  const text = (description: string, extra: JsonSchema = {}) => ({ type: ['string', 'number'], description, ...extra });
  const shape = Object.keys(ticketEventSchema.shape);
  return {
    type: 'object',
    required: ['external_id', 'centre_code', 'channel', 'ticket', 'event', 'at'],
    properties: {
      external_id: text('Your system’s id for this event, unique per entity. An event whose id was pushed before is reported unchanged.'),
      centre_code: text('The service centre’s code; it must be one of the token’s entity’s centres.'),
      counter: text('The counter (desk) that called or served the ticket; may be left out when issued.', {
        type: ['string', 'number', 'null'],
      }),
      service_code: text('The service asked for, from the catalogue.', { type: ['string', 'number', 'null'] }),
      channel: { type: 'string', enum: ['counter', 'web', 'app', 'phone', 'kiosk', 'mail'] },
      ticket: text('The ticket, unique in the centre (e.g. the day and its number, 20260301-A042).'),
      event: { type: 'string', enum: [...ticketEventKinds] },
      at: { type: 'string', format: 'date-time', description: 'When it happened, ISO 8601 with its offset.' },
      satisfaction: {
        type: ['integer', 'null'],
        minimum: 1,
        maximum: 5,
        description: 'The post-transaction survey answer; only with `completed`.',
      },
    },
    additionalProperties: false,
    'x-columns': shape,
  };
}

function pushBody(endpoint: Extract<Endpoint, { method: 'POST' }>): JsonSchema {
  const body = jsonSchema(pushBodySchema, 'input');
  const properties = body.properties as Record<string, JsonSchema>;
  properties.rows = { ...properties.rows, items: 'ingest' in endpoint ? eventRowSchema() : rowSchema(endpoint) };
  return body;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const commonErrors = {
  '401': errorResponse('No token, an unknown one, or one revoked or expired.'),
  '403': errorResponse('The token lacks the capability this endpoint needs.'),
  '429': errorResponse('Too many calls with this token; wait for Retry-After seconds.'),
};

function operation(endpoint: Endpoint): JsonSchema {
  const base = {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: `Needs a token with the \`${endpoint.capability}\` capability; answers for the token's own entity only.`,
    security: [{ bearer: [] }],
    'x-capability': endpoint.capability,
  };
  if (endpoint.method === 'POST') {
    return {
      ...base,
      requestBody: { required: true, content: { 'application/json': { schema: pushBody(endpoint) } } },
      responses: {
        '200': {
          description: 'Written (or, for rows pushed before, left unchanged).',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/PushResult' } } },
        },
        '400': errorResponse('The body is not JSON of the documented shape.'),
        ...commonErrors,
        '413': errorResponse('The body is larger than the cap.'),
        '415': errorResponse('The body is not application/json.'),
        '422': errorResponse('Bad rows in mode refuse: nothing was written; `badRows` lists every bad cell.'),
      },
    };
  }
  const query = jsonSchema(endpoint.reads === 'gaps' ? gapsQuerySchema : actionsQuerySchema, 'input');
  const parameters = Object.entries(query.properties as Record<string, JsonSchema>).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
  }));
  return {
    ...base,
    parameters,
    responses: {
      '200': {
        description: 'One page, with the total count.',
        content: {
          'application/json': { schema: { $ref: `#/components/schemas/${endpoint.reads === 'gaps' ? 'GapsPage' : 'ActionsPage'}` } },
        },
      },
      '400': errorResponse('A query parameter is not valid.'),
      ...commonErrors,
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the endpoints' own zod schemas. */
export function openApiDocument(serverUrl?: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operation(endpoint) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tamayuz API for entity systems',
      version: '1.0.0',
      description:
        'An entity’s systems push customer-experience data (complaints, survey responses, centre operations) and read the entity’s own gaps and actions. ' +
        'An administrator issues each token for one entity and named capabilities: ' +
        `${capabilities.join(', ')}. Send it as \`Authorization: Bearer tmz_…\`. ` +
        'Every push is all-or-nothing in mode refuse, and idempotent by `external_id`.',
    },
    ...(serverUrl && { servers: [{ url: serverUrl }] }),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token (tmz_…) issued by an administrator.' } },
      schemas: {
        PushResult: jsonSchema(pushResultSchema, 'output'),
        GapsPage: jsonSchema(gapsPageSchema, 'output'),
        ActionsPage: jsonSchema(actionsPageSchema, 'output'),
        Error: jsonSchema(errorSchema, 'output'),
      },
    },
  };
}
