import type { Capability } from './capabilities.ts';

/** What a token's secret looks like: a recognisable prefix (secret scanners find it) and 43 base64url characters. */
export const tokenPrefix = 'tmz_';
export const tokenPattern = /^tmz_[A-Za-z0-9_-]{43}$/;

export interface TokenState {
  capabilities: readonly Capability[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

/** Revoked wins over expired: the administrator's act is the reason worth showing. */
export function tokenStatus(token: Pick<TokenState, 'expiresAt' | 'revokedAt'>, now: Date): TokenStatus {
  if (token.revokedAt !== null && token.revokedAt <= now) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'expired';
  return 'active';
}

/** Why a call with this token is refused, or null when it may go ahead. */
export function tokenRefusal(token: TokenState, needs: Capability, now: Date): Exclude<TokenStatus, 'active'> | 'capability' | null {
  const status = tokenStatus(token, now);
  if (status !== 'active') return status;
  return token.capabilities.includes(needs) ? null : 'capability';
}

/** Last use is shown to the minute: writing it on every call would cost a write per request. */
export const lastUsedResolutionMs = 60_000;

export function lastUsedDue(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= lastUsedResolutionMs;
}
