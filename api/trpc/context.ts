import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor } from '../../engine/workflow/actor.ts';
import { findSessionUser, sessionCookieName } from '../accounts/sessions.ts';
import type { AppDeps } from '../app-deps.ts';
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

export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

export async function createContext(deps: AppDeps, req: IncomingMessage, res: ServerResponse): Promise<Context> {
  const token = readCookie(req, sessionCookieName);
  const row = token ? await findSessionUser(deps.db, token) : undefined;
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
  return { ...deps, req, res, user, sessionToken: user ? token : null, ip: req.socket.remoteAddress ?? 'unknown' };
}

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, label: user.username, roles: [user.role], entityId: user.entityId };
}
