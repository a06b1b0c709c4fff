import { randomBytes } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { hashPassword, verifyPassword } from './password.ts';

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

/** Checks a password against a stored hash; injectable so tests can count the work done. */
export type PasswordVerifier = (password: string, storedHash: string) => Promise<boolean>;

export function localPasswordProvider(db: DB, verify: PasswordVerifier = verifyPassword): IdentityProvider {
  // Unknown, deactivated and password-less accounts are checked against this hash of a random secret, made
  // with the current parameters: every answer costs one scrypt, so its timing does not tell which usernames exist.
  const standIn = hashPassword(randomBytes(32).toString('base64url'));
  return {
    name: 'local',
    async authenticate({ username, password }) {
      const user = await db
        .selectFrom('users')
        .select(['id', 'password_hash'])
        .where('username', '=', username)
        .where('active', '=', true)
        .executeTakeFirst();
      const stored = user?.password_hash ?? (await standIn);
      const matches = await verify(password, stored);
      return matches && user?.password_hash ? { id: user.id } : null;
    },
  };
}
