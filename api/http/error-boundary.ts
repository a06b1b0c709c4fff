import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { errorBody, sendJsonError } from './json-error.ts';
import { requestInfo } from './request-info.ts';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * Whatever a handler throws or rejects with is logged and answered 500 (or the connection is cut when
 * an answer had already begun); the server goes on serving everyone else.
 */
export function withErrorBoundary(handler: RequestHandler, logger: Logger): RequestListener {
  return (req, res) => {
    const fail = (err: unknown) => {
      logger.error({ reqId: requestInfo(req)?.id, err }, 'request handler failed');
      sendJsonError(res, 500, 'errors.internal', { close: true });
    };
    // A write after the client left emits 'error' on the response; without a listener that is fatal.
    res.on('error', (err) => logger.debug({ reqId: requestInfo(req)?.id, err }, 'response error'));
    req.on('error', (err) => logger.debug({ reqId: requestInfo(req)?.id, err }, 'request error'));
    try {
      const done = handler(req, res);
      if (done) done.catch(fail);
    } catch (err) {
      fail(err);
    }
  };
}

const statusText: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};

function clientErrorStatus(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/**
 * Malformed HTTP never reaches a handler: Node reports it here. Answer 400 (or 431/408) with the
 * usual JSON error and the security headers, then close; a connection already gone is just dropped.
 */
export function answerClientError(logger: Logger, securityHeaders: Record<string, string>) {
  return (err: Error & { code?: string }, socket: Socket): void => {
    logger.debug({ err: { code: err.code, message: err.message } }, 'malformed request');
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = clientErrorStatus(err.code);
    const body = errorBody(status, status === 431 ? 'errors.payloadTooLarge' : 'errors.badRequest');
    const headers = {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      Connection: 'close',
      ...securityHeaders,
    };
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${statusText[status]}\r\n${head}\r\n${body}`);
  };
}
