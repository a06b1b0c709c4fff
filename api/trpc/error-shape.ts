import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { WorkflowError, type WorkflowErrorCode, type PayloadIssue } from '../../engine/workflow/errors.ts';
import { AppError } from './app-error.ts';
import { isConnectionError } from '../../engine/db/connection-errors.ts';

export interface ErrorData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  messageKey: string;
  params: Record<string, string | number>;
  issues: PayloadIssue[];
}

const workflowToTrpc: Record<WorkflowErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  UNKNOWN_KIND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNKNOWN_EVENT: 'BAD_REQUEST',
  INVALID_PAYLOAD: 'BAD_REQUEST',
  EVENT_NOT_ACCEPTED: 'PRECONDITION_FAILED',
  CONFLICT: 'CONFLICT',
};

/** Turns engine refusals into tRPC errors the client can branch on. */
export function toTrpcError(err: unknown): TRPCError {
  if (err instanceof TRPCError) return err;
  if (err instanceof WorkflowError) {
    return new TRPCError({ code: workflowToTrpc[err.code], message: err.messageKey, cause: err });
  }
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'errors.internal', cause: err });
}

/** The `data` every error carries; internal messages and stacks never leave the server. */
export function errorData(error: TRPCError, httpStatus: number): ErrorData {
  const cause = error.cause;
  // The database is restarting or unreachable: a 503 the client may retry, not a 500. Mapped here,
  // where every error passes (the session lookup in createContext included), and the HTTP status
  // follows `data.httpStatus`.
  if (error.code === 'INTERNAL_SERVER_ERROR' && isConnectionError(cause)) {
    return { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, messageKey: 'errors.unavailable', params: {}, issues: [] };
  }
  if (error instanceof AppError) {
    return { code: error.code, httpStatus, messageKey: error.messageKey, params: error.params, issues: [] };
  }
  if (cause instanceof WorkflowError) {
    return { code: error.code, httpStatus, messageKey: cause.messageKey, params: cause.params, issues: cause.issues };
  }
  if (error.code === 'BAD_REQUEST' && cause && 'issues' in cause && Array.isArray((cause as { issues: unknown }).issues)) {
    const issues = (cause as { issues: { path: PropertyKey[]; message: string }[] }).issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    }));
    // A rule that names its own message (e.g. `errors.text.noVisibleCharacter`) says more than "not valid".
    const keyed = issues.find((i) => i.message.startsWith('errors.'));
    return {
      code: error.code,
      httpStatus,
      messageKey: keyed?.message ?? 'errors.validation',
      params: keyed ? { path: keyed.path } : {},
      issues,
    };
  }
  const known: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
    UNAUTHORIZED: 'errors.unauthorized',
    FORBIDDEN: 'errors.forbidden',
    NOT_FOUND: 'errors.notFound',
    TOO_MANY_REQUESTS: 'errors.tooManyRequests',
    CONFLICT: 'errors.conflict',
    // Refusals tRPC itself makes before a procedure runs (unreadable JSON, wrong method, oversized body).
    BAD_REQUEST: 'errors.badRequest',
    PARSE_ERROR: 'errors.badRequest',
    METHOD_NOT_SUPPORTED: 'errors.badRequest',
    UNSUPPORTED_MEDIA_TYPE: 'errors.badRequest',
    PAYLOAD_TOO_LARGE: 'errors.payloadTooLarge',
  };
  const key = error.message.startsWith('errors.') ? error.message : (known[error.code] ?? 'errors.internal');
  return { code: error.code, httpStatus, messageKey: key, params: {}, issues: [] };
}
