import type { QueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../trpc/error-key.ts';

// Set when a request was refused for want of a session, until the sign-in page has said so.
let expired = false;

/** The tRPC path of a query or mutation key: [['workflows', 'get'], {...}] → 'workflows'. */
function routerOf(key: readonly unknown[] | undefined): unknown {
  const path = key?.[0];
  return Array.isArray(path) ? path[0] : path;
}

/**
 * A query or mutation came back UNAUTHORIZED: the session expired (or was ended elsewhere).
 * Re-reading who we are yields nobody, and RequireSession sends the user to sign in with a notice
 * and the way back. The sign-in procedures themselves answer UNAUTHORIZED for a wrong password: not that.
 */
export function onRequestError(client: QueryClient, error: unknown, key: readonly unknown[] | undefined): void {
  if (!isUnauthorized(error) || routerOf(key) === 'auth') return;
  // Only a session we had can expire: a visitor on a public page (joining a workshop) never signed in.
  const signedIn = client.getQueriesData({ predicate: (q) => routerOf(q.queryKey) === 'auth' }).some(([, data]) => data != null);
  if (!signedIn) return;
  expired = true;
  void client.invalidateQueries({ predicate: (q) => routerOf(q.queryKey) === 'auth' });
}

/** Whether the user is being sent to sign in because their session ended while using the app. */
export function sessionExpired(): boolean {
  return expired;
}

/** The sign-in page has shown its notice. */
export function clearSessionExpired(): void {
  expired = false;
}
