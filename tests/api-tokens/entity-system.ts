import { sql } from 'kysely';
import type { DB } from '../../api/db/schema.ts';
import type { Capability } from '../../workflows/api-access/capabilities.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';

/** The administrator's tRPC client, signed in over HTTP as the web app does. */
export async function adminClient(url: string): Promise<ApiClient> {
  return apiClient(url, await signIn(url, 'admin', 'admin-demo-2026'));
}

/** Issues a token through the API as the administrator; answers its id and the secret shown once. */
export async function issue(
  admin: ApiClient,
  entityId: string,
  capabilities: Capability[],
  name = `${entityId} system`,
): Promise<{ id: string; secret: string }> {
  const { token, secret } = await admin.tokens.issue.mutate({ entityId, name, capabilities });
  return { id: token.id, secret };
}

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read JSON answers field by field
  body: any;
}

/** One call as an entity system makes it: plain fetch, a bearer token, JSON. */
export async function call(
  url: string,
  path: string,
  options: { secret?: string; method?: string; body?: unknown; rawBody?: string | Uint8Array; contentType?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.secret) headers.authorization = `Bearer ${options.secret}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const res = await fetch(`${url}${path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body: body as BodyInit | undefined,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // left as text: the assertion shows it
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** `n` well-formed complaints about `service`, external ids `<prefix>-1` ... */
export function complaints(n: number, service: string, prefix = 'CMP') {
  return Array.from({ length: n }, (_, i) => ({
    external_id: `${prefix}-${i + 1}`,
    service_code: service,
    channel: i % 2 === 0 ? 'counter' : 'web',
    date: `2026-09-${String((i % 28) + 1).padStart(2, '0')}`,
    category: i % 3 === 0 ? 'long_waiting' : 'documents',
    text: `Complaint number ${i + 1}: waited too long at the counter`,
  }));
}

/** Rows of a table, for "nothing was written" checks. */
export async function count(
  db: DB,
  table: 'cx_complaints' | 'cx_survey_answers' | 'cx_centre_operations' | 'cx_external_ids' | 'cx_imports',
): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]!.n);
}
