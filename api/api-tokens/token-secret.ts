import { createHash, randomBytes } from 'node:crypto';
import { tokenPattern, tokenPrefix } from '../../workflows/api-access/token-state.ts';

/** 256 random bits: nothing to guess, so a fast hash is enough to keep (unlike a password). */
export function newTokenSecret(): string {
  return `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** What the token list shows of a secret: enough to match it with the one a system holds. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, tokenPrefix.length + 4)}…`;
}

/** The secret of an `Authorization: Bearer …` header, or null when the header holds none. */
export function bearerSecret(header: string | undefined): string | null {
  const m = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return m?.[1] && tokenPattern.test(m[1]) ? m[1] : null;
}
