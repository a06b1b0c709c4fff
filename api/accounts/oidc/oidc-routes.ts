import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DB } from '../../db/schema.ts';
import type { Logger } from '../../http/logger.ts';
import { readCookie } from '../../trpc/context.ts';
import { sendJsonError } from '../../http/json-error.ts';
import { sessionCookie } from '../session-cookie.ts';
import { createSession, hashToken, revokeSession, sessionCookieName } from '../sessions.ts';
import { callbackPath, type OidcSignIn } from './oidc-sign-in.ts';
import { TokenRateLimit } from '../../api-v1/rate-limit.ts';
import { clientAddress } from '../../http/client-address.ts';

/**
 * Sign-ins started per minute from one address. Each start writes a waiting row (kept ten minutes),
 * so an unsigned-in client must not be able to write them at will; a person needs a handful.
 */
export const signInStartsPerMinute = 20;

export const oidcBasePath = '/auth/oidc/';
const stateCookieName = 'tamayuz_oidc_state';

/** Only same-app paths: a crafted ?next= must not send the person to another site. */
function safeReturn(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function stateCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  const parts = [`${stateCookieName}=${value}`, `Path=${oidcBasePath}`, 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  res.setHeader('Cache-Control', 'no-store');
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  res.writeHead(302, { Location: location });
  res.end();
}

/**
 * `GET /auth/oidc/login?next=/path` sends the browser to the provider; `GET /auth/oidc/callback`
 * completes the sign-in and opens a session (or returns to the sign-in page with the reason).
 * Signing out goes through `auth.logout`, which answers the provider's end-session URL.
 */
export function oidcRoutes(deps: {
  db: DB;
  signIn: OidcSignIn | null;
  secureCookies: boolean;
  publicUrl: string;
  logger: Logger;
  trustProxy: boolean;
}) {
  const starts = new TokenRateLimit(signInStartsPerMinute);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', deps.publicUrl);
    if (!deps.signIn) return sendJsonError(res, 404, 'errors.notFound');
    if (req.method !== 'GET') return sendJsonError(res, 405, 'errors.badRequest');
    if (url.pathname === '/auth/oidc/login') {
      if (starts.take(clientAddress(req, deps.trustProxy)) > 0) return redirect(res, '/login?sso=busy');
      try {
        const { url: to, state } = await deps.signIn.start(safeReturn(url.searchParams.get('next')));
        return redirect(res, to.toString(), [stateCookie(state, 600, deps.secureCookies)]);
      } catch (err) {
        deps.logger.error({ err }, 'single sign-on provider unreachable');
        return redirect(res, '/login?sso=unavailable');
      }
    }
    if (url.pathname === callbackPath) {
      const outcome = await deps.signIn.finish(url, readCookie(req, stateCookieName));
      const clearState = stateCookie('', 0, deps.secureCookies);
      if (outcome.kind === 'refused') return redirect(res, `/login?sso=${outcome.reason}`, [clearState]);
      // A session presented at sign-in is replaced, never kept (as with passwords).
      const previous = readCookie(req, sessionCookieName);
      if (previous) await revokeSession(deps.db, previous);
      const session = await createSession(deps.db, outcome.userId);
      await deps.db
        .insertInto('oidc_sessions')
        .values({ token_hash: hashToken(session.token), id_token: outcome.idToken })
        .execute();
      return redirect(res, outcome.returnTo, [clearState, sessionCookie(session.token, session.expiresAt, deps.secureCookies)]);
    }
    return sendJsonError(res, 404, 'errors.notFound');
  };
}

/** Ends the session and answers where the browser goes to sign out at the provider too (null: nowhere). */
export async function signOut(db: DB, signIn: OidcSignIn | null, token: string): Promise<string | null> {
  const tokenHash = hashToken(token);
  const sso = await db.selectFrom('oidc_sessions').select('id_token').where('token_hash', '=', tokenHash).executeTakeFirst();
  await revokeSession(db, token);
  return sso && signIn ? signIn.endSessionUrl(sso.id_token) : null;
}
