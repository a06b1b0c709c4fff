import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor } from '../../engine/workflow/actor.ts';
import { findSessionUser, sessionCookieName } from '../accounts/sessions.ts';
import type { AppDeps } from '../app-deps.ts';
import { clientAddress } from '../http/client-address.ts';
import { noteRequestUser } from '../http/request-info.ts';
import { isRole, type Role } from '../../workflows/roles.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayNameAr: string;
  displayNameEn: string;
  role: Role;
  entityId: string | null;
  locale: string;
}

export interface Context extends AppDeps {
  req: IncomingMessage;
  res: ServerResponse;
  user: SessionUser | null;
  sessionToken: string | null;
  ip: string;
}

/** A cookie's decoded value; a malformed %-sequence reads as no cookie rather than an error. */
export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

interface Session {
  user: SessionUser | null;
  token: string | null;
}

const sessions = new WeakMap<IncomingMessage, Promise<Session>>();

async function lookUpSession(services: AppDeps, req: IncomingMessage): Promise<Session> {
  const token = readCookie(req, sessionCookieName);
  const row = token ? await findSessionUser(services.db, token) : undefined;
  const user: SessionUser | null =
    row && isRole(row.role)
      ? {
          id: row.id,
          username: row.username,
          displayNameAr: row.display_name_ar,
          displayNameEn: row.display_name_en,
          role: row.role,
          entityId: row.entity_id,
          locale: row.locale,
        }
      : null;
  noteRequestUser(req, user?.id ?? null);
  return { user, token: user ? token : null };
}

/**
 * Who sent this request, looked up once per request: the HTTP layer asks first (a signed-in
 * caller gets larger body limits), and the tRPC context reuses the answer.
 */
export function sessionOf(services: AppDeps, req: IncomingMessage): Promise<Session> {
  let session = sessions.get(req);
  if (!session) {
    session = lookUpSession(services, req);
    sessions.set(req, session);
  }
  return session;
}

export async function createContext(services: AppDeps, req: IncomingMessage, res: ServerResponse): Promise<Context> {
  const { user, token } = await sessionOf(services, req);
  return { ...services, req, res, user, sessionToken: token, ip: clientAddress(req, services.trustProxy) };
}

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, label: user.username, roles: [user.role], entityId: user.entityId };
}
