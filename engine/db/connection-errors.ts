/**
 * Errors that say "the database cannot be reached right now" rather than "this request is wrong":
 * the server restarting or shutting down, the socket gone, no connection within the pool's timeout.
 * Callers answer these with "service temporarily unavailable" and never retry them blindly (a
 * COMMIT cut off this way may or may not have landed).
 */

/** SQLSTATEs of a server going away: admin shutdown, crash shutdown, cannot connect now (starting up / shutting down). */
const serverGoingAway = new Set(['57P01', '57P02', '57P03']);
/** Node socket errors on the way to or from the server. */
const socketErrors = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** What node-postgres and pg-pool throw without a code when the connection is lost or never came. */
const lostConnectionMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

export function isConnectionError(err: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (typeof e !== 'object' || e === null || seen.has(e)) return false;
    seen.add(e);
    const { code, message, cause, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') {
      // Class 08: connection exception.
      if (serverGoingAway.has(code) || (code.length === 5 && code.startsWith('08')) || socketErrors.has(code)) return true;
    }
    if (typeof message === 'string' && lostConnectionMessages.some((m) => message.startsWith(m))) return true;
    // Node reports a refused connection to several addresses as an AggregateError.
    if (Array.isArray(errors) && errors.some(visit)) return true;
    return visit(cause);
  };
  return visit(err);
}
