import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Services } from '../services.ts';
import { sessionOf } from '../trpc/context.ts';
import { bodyLimitFor, declaredLength, PayloadTooLarge, readBody, type BodyLimits } from './body-limit.ts';
import { isCsrfSafe } from './csrf.ts';
import { sendJsonError } from './json-error.ts';
import type { RequestInfo } from './request-info.ts';

export const trpcBasePath = '/trpc/';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The procedure paths a /trpc URL names (a batch names several), or null when it cannot be read. */
export function procedurePaths(req: IncomingMessage): string[] | null {
  try {
    // tRPC builds the same URL from the Host header; an unusable one is the caller's error.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    return decodeURIComponent(url.pathname.slice(trpcBasePath.length)).split(',');
  } catch {
    return null;
  }
}

const hasBody = (req: IncomingMessage) => req.method !== 'GET' && req.method !== 'HEAD';

/**
 * Everything in front of the tRPC adapter: CSRF, a readable path, and the body read here, under the
 * cap for this caller and these procedures (see body-limit.ts), then handed to tRPC as `req.body`.
 */
export function trpcRoute(options: { services: Services; handler: NodeHandler; limits: BodyLimits; logger: Logger }) {
  const { services, handler, limits, logger } = options;
  const widest = Math.max(limits.anonymous, limits.signedIn, ...Object.values(limits.routes));
  const tooLarge = (res: ServerResponse) => sendJsonError(res, 413, 'errors.payloadTooLarge', { close: true });

  return async (req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> => {
    info.route = 'trpc';
    res.setHeader('Cache-Control', 'no-store');
    if (!isCsrfSafe(req)) return sendJsonError(res, 403, 'errors.csrf', { close: hasBody(req) });
    const procedures = procedurePaths(req);
    if (!procedures) return sendJsonError(res, 400, 'errors.badRequest', { close: hasBody(req) });
    info.procedures = procedures;
    if (hasBody(req)) {
      // The declared length is refused before any database work or reading.
      const declared = declaredLength(req);
      if (declared !== null && declared > Math.min(widest, bodyLimitFor(limits, procedures, true))) return tooLarge(res);
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
      // tRPC takes a string `req.body` as the request body instead of reading the stream again.
      (req as IncomingMessage & { body?: string }).body = body.toString('utf8');
    }
    handler(req, res);
  };
}
