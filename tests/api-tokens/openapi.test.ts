import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { endpoints } from '../../api/api-v1/endpoints.ts';
import { adminClient, call, complaints, issue } from './entity-system.ts';

// biome-ignore lint/suspicious/noExplicitAny: the test walks the parsed document freely
type Json = Record<string, any>;

/** A response schema of the document, its `$ref` resolved, as a zod schema to check real answers with. */
function responseSchema(doc: Json, path: string, method: string, status: string): z.ZodType {
  const schema = doc.paths[path][method].responses[status].content['application/json'].schema;
  const ref = /^#\/components\/schemas\/(\w+)$/.exec(schema.$ref)?.[1];
  expect(ref && doc.components.schemas[ref], `${method} ${path} ${status} refers to a schema of the document`).toBeTruthy();
  return z.fromJSONSchema(doc.components.schemas[ref!]);
}

const requestSchema = (doc: Json, path: string) => z.fromJSONSchema(doc.paths[path].post.requestBody.content['application/json'].schema);

/** The published description of /api/v1 matches what the server serves and answers. */
describe.each(testDatabases())('the OpenAPI document of /api/v1 on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let doc: Json;
  let secret: string;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    secret = (await issue(await adminClient(running.url), 'ent-moh', ['push_complaints', 'read_gaps_actions'])).secret;
    const res = await fetch(`${running.url}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    doc = JSON.parse(await res.text());
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('is an OpenAPI 3.1 document naming every endpoint, its capability and its answers', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    const documented = Object.entries(doc.paths as Json).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(endpoints.map((e) => `${e.method} ${e.path}`).sort());
    for (const e of endpoints) {
      const op = doc.paths[e.path][e.method.toLowerCase()];
      expect(op['x-capability']).toBe(e.capability);
      expect(op.security).toEqual([{ bearer: [] }]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '429']));
      if (e.method === 'POST') expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['413', '415', '422']));
    }
    // Every schema of the document is one a validator can read.
    for (const schema of Object.values(doc.components.schemas)) expect(() => z.fromJSONSchema(schema as Json)).not.toThrow();
  });

  it('documents exactly the endpoints the server answers', async () => {
    for (const e of endpoints) {
      // Without a token every documented endpoint answers 401, never 404 or 405.
      const answer = await call(running.url, e.path, { method: e.method, ...(e.method === 'POST' && { body: { rows: [{}] } }) });
      expect(answer.status, `${e.method} ${e.path}`).toBe(401);
    }
    expect((await call(running.url, '/api/v1/complaint', { secret })).status).toBe(404);
  });

  it('describes a request the server takes, refuses one it refuses, and matches the answers given', async () => {
    const sample = { mode: 'refuse', rows: complaints(3, 'MOH-MC-001', 'DOC') };
    expect(requestSchema(doc, '/api/v1/complaints').safeParse(sample).success).toBe(true);
    const withoutIds = { rows: sample.rows.map(({ external_id: _, ...rest }) => rest) };
    expect(requestSchema(doc, '/api/v1/complaints').safeParse(withoutIds).success).toBe(false);

    const pushed = await call(running.url, '/api/v1/complaints', { secret, body: sample });
    expect(pushed.status).toBe(200);
    const pushResult = responseSchema(doc, '/api/v1/complaints', 'post', '200').safeParse(pushed.body);
    expect(pushResult.error?.issues ?? []).toEqual([]);

    const refused = await call(running.url, '/api/v1/complaints', { secret, body: withoutIds });
    expect(refused.status).toBe(422);
    expect(responseSchema(doc, '/api/v1/complaints', 'post', '422').safeParse(refused.body).error?.issues ?? []).toEqual([]);

    const gaps = await call(running.url, '/api/v1/gaps', { secret });
    expect(responseSchema(doc, '/api/v1/gaps', 'get', '200').safeParse(gaps.body).error?.issues ?? []).toEqual([]);
    const actions = await call(running.url, '/api/v1/actions', { secret });
    expect(responseSchema(doc, '/api/v1/actions', 'get', '200').safeParse(actions.body).error?.issues ?? []).toEqual([]);
    const unauthorised = await call(running.url, '/api/v1/gaps');
    expect(responseSchema(doc, '/api/v1/gaps', 'get', '401').safeParse(unauthorised.body).error?.issues ?? []).toEqual([]);
    // The check can fail: an answer missing a field does not pass.
    const { createdRows: _, ...incomplete } = pushed.body;
    expect(responseSchema(doc, '/api/v1/complaints', 'post', '200').safeParse(incomplete).success).toBe(false);
  });
});
