import { describe, expect, it } from 'vitest';
import { lastUsedDue, tokenRefusal, tokenStatus } from '../../workflows/api-access/token-state.ts';
import { TokenRateLimit } from '../../api/api-v1/rate-limit.ts';
import { bearerSecret, hashTokenSecret, newTokenSecret } from '../../api/api-tokens/token-secret.ts';

const at = (iso: string) => new Date(iso);
const now = at('2026-09-01T12:00:00Z');

describe('token rules', () => {
  it('tells active, revoked and expired apart, revoked first', () => {
    expect(tokenStatus({ expiresAt: null, revokedAt: null }, now)).toBe('active');
    expect(tokenStatus({ expiresAt: at('2026-09-01T12:00:01Z'), revokedAt: null }, now)).toBe('active');
    expect(tokenStatus({ expiresAt: now, revokedAt: null }, now)).toBe('expired');
    expect(tokenStatus({ expiresAt: at('2026-01-01T00:00:00Z'), revokedAt: at('2026-08-01T00:00:00Z') }, now)).toBe('revoked');
  });

  it('refuses a token for a capability it was not given', () => {
    const token = { capabilities: ['push_complaints'] as const, expiresAt: null, revokedAt: null, lastUsedAt: null };
    expect(tokenRefusal({ ...token, capabilities: [...token.capabilities] }, 'push_complaints', now)).toBeNull();
    expect(tokenRefusal({ ...token, capabilities: [...token.capabilities] }, 'read_gaps_actions', now)).toBe('capability');
    expect(tokenRefusal({ ...token, capabilities: [...token.capabilities], revokedAt: now }, 'push_complaints', now)).toBe('revoked');
  });

  it('notes a use once a minute', () => {
    expect(lastUsedDue(null, now)).toBe(true);
    expect(lastUsedDue(at('2026-09-01T11:59:01Z'), now)).toBe(false);
    expect(lastUsedDue(at('2026-09-01T11:59:00Z'), now)).toBe(true);
  });

  it('reads only a well-formed bearer secret, and hashes it', () => {
    const secret = newTokenSecret();
    expect(secret).toMatch(/^tmz_[A-Za-z0-9_-]{43}$/);
    expect(newTokenSecret()).not.toBe(secret);
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(`bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(secret)).toBeNull();
    expect(bearerSecret(`Basic ${secret}`)).toBeNull();
    expect(bearerSecret(`Bearer ${secret}x`)).toBeNull();
    expect(bearerSecret(undefined)).toBeNull();
    expect(hashTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(secret)).not.toBe(hashTokenSecret(newTokenSecret()));
  });

  it('limits each key to its rate and refills with time (injected clock)', () => {
    let clock = 0;
    const limit = new TokenRateLimit(2, () => clock);
    expect([limit.take('a'), limit.take('a')]).toEqual([0, 0]);
    expect(limit.take('a')).toBe(30);
    expect(limit.take('b')).toBe(0);
    clock += 30_000;
    expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBeGreaterThan(0);
  });
});
