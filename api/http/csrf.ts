import type { IncomingMessage } from 'node:http';

/** Header every state-changing request from our web app carries. */
export const csrfHeader = 'x-tamayuz-csrf';

/**
 * A cross-site form or image cannot set a custom header, and a cross-site fetch that
 * does needs a CORS preflight we never grant; with SameSite cookies this closes CSRF.
 */
export function isCsrfSafe(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return true;
  return req.headers[csrfHeader] === '1';
}
