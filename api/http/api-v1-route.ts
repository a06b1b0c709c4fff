import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../trpc/app-error.ts';
import { findInputProblem } from '../trpc/input-guard.ts';
import { bearerSecret } from '../api-tokens/token-secret.ts';
import { findTokenBySecret, noteTokenUse, type ApiToken } from '../api-tokens/token-store.ts';
import { tokenRefusal } from '../../workflows/api-access/token-state.ts';
import { endpoints, openApiPath, type Endpoint } from '../api-v1/endpoints.ts';
import { openApiDocument } from '../api-v1/openapi.ts';
import { actionsQuerySchema, gapsQuerySchema, pushBodySchema, type ApiError } from '../api-v1/schemas.ts';
import { pushRows } from '../api-v1/push.ts';
import { pushCentreEvents } from '../api-v1/push-events.ts';
import { entityActions, entityGaps } from '../api-v1/reads.ts';
import { TokenRateLimit } from '../api-v1/rate-limit.ts';
import { declaredLength, PayloadTooLarge, readBody } from './body-limit.ts';
import { closeAfterAnswer } from './lingering-close.ts';
import type { RequestInfo } from './request-info.ts';

const MiB = 1024 * 1024;

export interface ApiV1Limits {
  /** Largest push body, in bytes. */
  pushBytes: number;
  /** Calls a minute per token (a burst of as many). */
  callsPerMinute: number;
}

export const defaultApiV1Limits: ApiV1Limits = { pushBytes: 16 * MiB, callsPerMinute: 120 };

function sendJson(res: ServerResponse, status: number, body: unknown, options: { close?: boolean; headers?: Record<string, string> } = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  if (options.close) closeAfterAnswer(res);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...options.headers });
  res.end(text);
}

/** A refused request's body up to this size is read and dropped, so the client may reuse the connection. */
const drainBytes = 1024 * 1024;

/**
 * Answers a refusal given before the body was read. A small body is read and dropped first: closing
 * instead would race a client that reuses the connection for its next call. A large or unending one
 * is not waited for: the answer goes out and the connection closes after it.
 */
async function refuse(req: IncomingMessage, res: ServerResponse, status: number, body: ApiError, headers: Record<string, string> = {}) {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const declared = declaredLength(req);
  if (hasBody && (declared === null || declared > drainBytes)) return sendJson(res, status, body, { close: true, headers });
  if (hasBody && declared !== 0) {
    try {
      await readBody(req, drainBytes);
    } catch {
      return sendJson(res, status, body, { close: true, headers });
    }
  }
  return sendJson(res, status, body, { headers });
}

const errorOf = (status: number, messageKey: string, extra: Partial<ApiError['error']> = {}): ApiError => ({
  error: { status, messageKey, params: {}, ...extra },
});

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/** Why a token is refused, as the answer says it. */
const refusals = {
  revoked: [401, 'errors.apiTokens.revoked'],
  expired: [401, 'errors.apiTokens.expired'],
  capability: [403, 'errors.apiTokens.capability'],
} as const;

/**
 * /api/v1: plain JSON endpoints for entity systems, authenticated by an API token (not a
 * session, so no CSRF check: a browser never sends the bearer header by itself).
 * The order of checks is the order of cost: the route, the token (one indexed read), the rate,
 * and only then the body, read under its cap.
 */
export function apiV1Route(options: {
  services: AppDeps;
  limits?: Partial<ApiV1Limits>;
  logger: Logger;
  now?: () => Date;
  /** Told after centre events were written (the command centre checks its targets). */
  afterCentreEvents?: (entityIds: string[]) => void;
}) {
  const { services, logger } = options;
  const limits = { ...defaultApiV1Limits, ...options.limits };
  const now = options.now ?? (() => new Date());
  const rate = new TokenRateLimit(limits.callsPerMinute, () => now().getTime());
  // The document depends on nothing but the code: built once, on first request.
  let openApi: object | null = null;

  async function authenticate(req: IncomingMessage, endpoint: Endpoint, at: Date): Promise<ApiToken | [number, string]> {
    const secret = bearerSecret(req.headers.authorization);
    const token = secret ? await findTokenBySecret(services.db, secret) : null;
    if (!token) return [401, 'errors.apiTokens.invalid'];
    const refusal = tokenRefusal(token, endpoint.capability, at);
    if (refusal) return [refusals[refusal][0], refusals[refusal][1]];
    return token;
  }

  return async (req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> => {
    info.route = 'api-v1';
    res.setHeader('Cache-Control', 'no-store');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === openApiPath && (req.method === 'GET' || req.method === 'HEAD')) {
      openApi ??= openApiDocument();
      return sendJson(res, 200, openApi);
    }
    const onPath = endpoints.filter((e) => e.path === url.pathname);
    if (onPath.length === 0) return refuse(req, res, 404, errorOf(404, 'errors.notFound'));
    const endpoint = onPath.find((e) => e.method === req.method);
    if (!endpoint) {
      return refuse(req, res, 405, errorOf(405, 'errors.apiTokens.method'), { Allow: onPath.map((e) => e.method).join(', ') });
    }
    info.procedures = [endpoint.operationId];
    const at = now();
    const token = await authenticate(req, endpoint, at);
    if (Array.isArray(token)) {
      const [status, messageKey] = token;
      const params: Record<string, string> = status === 403 ? { capability: endpoint.capability } : {};
      return refuse(req, res, status, errorOf(status, messageKey, { params }), status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {});
    }
    const wait = rate.take(token.id);
    if (wait > 0) {
      return refuse(req, res, 429, errorOf(429, 'errors.tooManyRequests'), { 'Retry-After': String(wait) });
    }
    await noteTokenUse(services.db, token, at);

    if (endpoint.method === 'GET') {
      const schema = endpoint.reads === 'gaps' ? gapsQuerySchema : actionsQuerySchema;
      const query = schema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return sendJson(res, 400, errorOf(400, 'errors.validation', { issues: issuesOf(query.error) }));
      const page =
        endpoint.reads === 'gaps'
          ? await entityGaps(services.db, token.entityId, query.data as z.infer<typeof gapsQuerySchema>)
          : await entityActions(services.db, token.entityId, query.data as z.infer<typeof actionsQuerySchema>);
      return sendJson(res, 200, page);
    }

    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') return refuse(req, res, 415, errorOf(415, 'errors.apiTokens.jsonOnly'));
    const declared = declaredLength(req);
    if (declared !== null && declared > limits.pushBytes)
      return sendJson(res, 413, errorOf(413, 'errors.payloadTooLarge'), { close: true });
    let raw: Buffer;
    try {
      raw = await readBody(req, limits.pushBytes);
    } catch (error) {
      if (error instanceof PayloadTooLarge) return sendJson(res, 413, errorOf(413, 'errors.payloadTooLarge'), { close: true });
      logger.debug({ reqId: info.id, err: error }, 'request body not received');
      res.destroy();
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return sendJson(res, 400, errorOf(400, 'errors.apiTokens.badJson'));
    }
    // NUL and lone surrogates never reach a query; nesting is bounded before zod walks it.
    const problem = findInputProblem(json);
    if (problem) {
      return sendJson(res, 400, errorOf(400, problem.messageKey, { params: { path: problem.path, line: problem.line ?? 1 } }));
    }
    const body = pushBodySchema.safeParse(json);
    if (!body.success) return sendJson(res, 400, errorOf(400, 'errors.validation', { issues: issuesOf(body.error) }));
    try {
      const outcome =
        'ingest' in endpoint
          ? await pushCentreEvents(services.db, token, body.data, at, options.afterCentreEvents)
          : await pushRows(services, token, endpoint.kind, body.data, at);
      return outcome.ok ? sendJson(res, 200, outcome.result) : sendJson(res, outcome.status, outcome.body);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const status = error.code === 'CONFLICT' ? 409 : 400;
      return sendJson(res, status, errorOf(status, error.messageKey, { params: error.params }));
    }
  };
}
