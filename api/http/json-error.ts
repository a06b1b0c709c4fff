import type { ServerResponse } from 'node:http';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { PayloadIssue } from '../../engine/workflow/errors.ts';
import type { ErrorData } from '../trpc/error-shape.ts';
import { closeAfterAnswer } from './lingering-close.ts';

const statusCodes: Partial<Record<number, TRPC_ERROR_CODE_KEY>> = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'BAD_REQUEST',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * The error body the HTTP layer writes itself (before or around tRPC), shaped like a tRPC error
 * response so the web client reads `data.messageKey` from it exactly as from a procedure's refusal.
 */
export function errorBody(status: number, messageKey: string, issues: PayloadIssue[] = []): string {
  const code = statusCodes[status] ?? 'INTERNAL_SERVER_ERROR';
  const data: ErrorData = { code, httpStatus: status, messageKey, params: {}, issues };
  return JSON.stringify({ error: { code: TRPC_ERROR_CODES_BY_KEY[code], message: messageKey, data } });
}

/**
 * Answers with a JSON error unless an answer is already under way. `close` ends the
 * connection after the answer: used when the request body was left unread.
 */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  messageKey: string,
  options: { close?: boolean; issues?: PayloadIssue[] } = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = errorBody(status, messageKey, options.issues);
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  };
  if (options.close) closeAfterAnswer(res);
  res.writeHead(status, headers);
  res.end(body);
}
