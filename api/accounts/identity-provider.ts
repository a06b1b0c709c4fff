import type { DB } from '../db/schema.ts';
import { verifyPassword } from './password.ts';

export interface AuthenticatedUser {
  id: string;
}

/**
 * Where identities come from. Local passwords today; an OIDC provider implements the
 * same interface (exchange a code for a user id) without touching sessions or roles.
 */
export interface IdentityProvider {
  readonly name: string;
  authenticate(credentials: { username: string; password: string }): Promise<AuthenticatedUser | null>;
}

export function localPasswordProvider(db: DB): IdentityProvider {
  return {
    name: 'local',
    async authenticate({ username, password }) {
      const user = await db
        .selectFrom('users')
        .select(['id', 'password_hash'])
        .where('username', '=', username)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!user?.password_hash) return null;
      return (await verifyPassword(password, user.password_hash)) ? { id: user.id } : null;
    },
  };
}
