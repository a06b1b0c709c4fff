import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { AppDeps } from '../app-deps.ts';
import { sessionOf } from '../trpc/context.ts';
import { bodyLimitFor, declaredLength, PayloadTooLarge, readBody, type BodyLimits } from './body-limit.ts';
import { isCsrfSafe } from './csrf.ts';
import { sendJsonError } from './json-error.ts';
import type { RequestInfo } from './request-info.ts';

export const trpcBasePath = '/trpc/';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;
/** Answers a lone JSON mutation itself and resolves true, else false (see trpc-direct-call.ts). */
type DirectCall = (req: IncomingMessage, res: ServerResponse, path: string, body: string) => Promise<boolean>;

/** The procedure paths a /trpc URL names (a batch names several) and its `input`, or null when it cannot be read. */
export function readTrpcUrl(req: IncomingMessage): { procedures: string[]; input: string | null } | null {
  try {
    // tRPC builds the same URL from the Host header; an unusable one is the caller's error.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    return { procedures: decodeURIComponent(url.pathname.slice(trpcBasePath.length)).split(','), input: url.searchParams.get('input') };
  } catch {
    return null;
  }
}

const hasBody = (req: IncomingMessage) => req.method !== 'GET' && req.method !== 'HEAD';
const isJson = (req: IncomingMessage) => (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';

/**
 * Everything in front of the tRPC adapter: CSRF, a readable path, and the body read here, under the
 * cap for this caller and these procedures (see body-limit.ts), then handed to tRPC as `req.body`.
 */
export function trpcRoute(options: { services: AppDeps; handler: NodeHandler; direct?: DirectCall; limits: BodyLimits; logger: Logger }) {
  const { services, handler, direct, limits, logger } = options;
  const tooLarge = (res: ServerResponse) => sendJsonError(res, 413, 'errors.payloadTooLarge', { close: true });

  return async (req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> => {
    info.route = 'trpc';
    res.setHeader('Cache-Control', 'no-store');
    // The API takes queries by GET and mutations by POST with a JSON body (our client sends nothing else).
    if (!['GET', 'HEAD', 'POST'].includes(req.method ?? '')) {
      res.setHeader('Allow', 'GET, HEAD, POST');
      return sendJsonError(res, 405, 'errors.badRequest', { close: true });
    }
    if (!isCsrfSafe(req)) return sendJsonError(res, 403, 'errors.csrf', { close: hasBody(req) });
    if (hasBody(req) && !isJson(req)) return sendJsonError(res, 415, 'errors.badRequest', { close: true });
    // A GET carries its input in the URL; a stray Content-Type must not send tRPC looking for a body.
    if (!hasBody(req)) delete req.headers['content-type'];
    const target = readTrpcUrl(req);
    if (!target) return sendJsonError(res, 400, 'errors.badRequest', { close: hasBody(req) });
    const { procedures } = target;
    info.procedures = procedures;
    if (hasBody(req)) {
      // The declared length is refused before any database work or reading.
      const declared = declaredLength(req);
      if (declared !== null && declared > bodyLimitFor(limits, procedures, true)) return tooLarge(res);
      const signedIn = await sessionOf(services, req).then(
        (session) => session.user !== null,
        () => false, // the tRPC context meets the same failure and answers for it
      );
      const limit = bodyLimitFor(limits, procedures, signedIn);
      if (declared !== null && declared > limit) return tooLarge(res);
      let body: Buffer;
      try {
        body = await readBody(req, limit);
      } catch (error) {
        if (error instanceof PayloadTooLarge) return tooLarge(res);
        logger.debug({ reqId: info.id, err: error }, 'request body not received');
        res.destroy();
        return;
      }
      const text = body.toString('utf8');
      // tRPC takes a string `req.body` as the request body instead of reading the stream again.
      // An empty body is a mutation sent without input (what tRPC's own httpLink sends); tRPC's JSON
      // reader would refuse '' as malformed, so it reads as an empty input object instead.
      const input = text === '' ? '{}' : text;
      if (direct && procedures.length === 1 && (await direct(req, res, procedures[0]!, input))) return;
      (req as IncomingMessage & { body?: string }).body = input;
    }
    handler(req, res);
  };
}
