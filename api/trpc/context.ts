import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor } from '../../engine/workflow/actor.ts';
import { findSessionUser, sessionCookieName } from '../accounts/sessions.ts';
import type { AppDeps } from '../app-deps.ts';
import { clientAddress } from '../http/client-address.ts';
import { noteRequestUser } from '../http/request-info.ts';
import { entityBoundRoles } from '../../workflows/roles.ts';
import { actingEntities, type Grant } from '../access/grants.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayNameAr: string;
  displayNameEn: string;
  locale: string;
  /** Every role the person holds, each maybe scoped to an entity (see api/access/grants.ts). */
  grants: readonly Grant[];
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
  const user: SessionUser | null = row
    ? {
        id: row.id,
        username: row.username,
        displayNameAr: row.display_name_ar,
        displayNameEn: row.display_name_en,
        locale: row.locale,
        grants: row.grants,
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

/**
 * The engine's view of the person acting on a record of `forEntity` (when the record has an owner).
 * The engine's actor carries one entity, so entity-bound roles count only for that entity: a
 * coordinator of X and Y acts on X's record as X's coordinator, and on a record of Z as none.
 * Without a record (creating one, say), the entity is the person's only acting entity, if they have one.
 */
export function actorOf(user: SessionUser, forEntity?: string | null): Actor {
  const acting = actingEntities(user);
  const entityId = forEntity ? (acting.includes(forEntity) ? forEntity : null) : acting.length === 1 ? (acting[0] ?? null) : null;
  const roles = user.grants
    .filter((g) => !entityBoundRoles.includes(g.role) || g.entityId === null || g.entityId === entityId)
    .map((g) => g.role);
  return { id: user.id, label: user.username, roles: [...new Set(roles)], entityId };
}
