import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { RequestInfo } from './request-info.ts';

/**
 * One line per request once it ends: id, route, tRPC procedures, user, status, duration.
 * Deliberately no URL for pages (an invite code can sit in /join/…), no query, headers or body.
 */
export function logWhenDone(logger: Logger, req: IncomingMessage, res: ServerResponse, info: RequestInfo): void {
  res.once('close', () => {
    const durationMs = Number(process.hrtime.bigint() - info.startedAt) / 1e6;
    const line = {
      reqId: info.id,
      method: req.method,
      route: info.route,
      ...(info.procedures.length > 0 ? { procedure: info.procedures.join(',') } : {}),
      userId: info.userId,
      status: res.statusCode,
      durationMs: Math.round(durationMs * 10) / 10,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (res.statusCode >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  });
}
