import { TRPCClientError } from '@trpc/client';

export interface ApiErrorInfo {
  /** Translation key in the `errors` namespace, without its `errors.` prefix. */
  key: string;
  params: Record<string, string | number>;
  issues: { path: string; message: string }[];
}

interface ErrorDataShape {
  messageKey?: unknown;
  params?: unknown;
  issues?: unknown;
  httpStatus?: unknown;
}

/** Reads the stable message key the API puts on every error (api/trpc/error-shape.ts). */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as ErrorDataShape;
    const raw = typeof data.messageKey === 'string' ? data.messageKey : error.message;
    const key = raw.startsWith('errors.') ? raw.slice('errors.'.length) : error.data ? 'internal' : 'network';
    return {
      key,
      params: (data.params ?? {}) as Record<string, string | number>,
      issues: Array.isArray(data.issues) ? (data.issues as ApiErrorInfo['issues']) : [],
    };
  }
  return { key: 'internal', params: {}, issues: [] };
}

/** Only outages are worth retrying; a refusal (4xx) is an answer and retrying only delays its message. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return true;
  const status = (error.data as ErrorDataShape | undefined)?.httpStatus;
  return typeof status !== 'number' || status >= 500;
}

/** True when the session is gone and the user must sign in again. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as ErrorDataShape | undefined)?.httpStatus === 401;
}
