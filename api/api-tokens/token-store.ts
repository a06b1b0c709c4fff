import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { AppError } from '../trpc/app-error.ts';
import type { Capability } from '../../workflows/api-access/capabilities.ts';
import { lastUsedDue, tokenStatus, type TokenStatus } from '../../workflows/api-access/token-state.ts';
import { hashTokenSecret, newTokenSecret, secretHint } from './token-secret.ts';
import type { ApiTokensTable } from './tables.ts';

export interface ApiToken {
  id: string;
  entityId: string;
  name: string;
  secretHint: string;
  capabilities: Capability[];
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface ApiTokenView extends Omit<ApiToken, 'createdAt' | 'expiresAt' | 'revokedAt' | 'lastUsedAt'> {
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  status: TokenStatus;
}

const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));
const iso = (v: Date | null): string | null => (v === null ? null : v.toISOString());

function toToken(r: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: r.id,
    entityId: r.entity_id,
    name: r.name,
    secretHint: r.secret_hint,
    capabilities: r.capabilities,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
    expiresAt: date(r.expires_at),
    revokedAt: date(r.revoked_at),
    lastUsedAt: date(r.last_used_at),
  };
}

export function viewOf(token: ApiToken, now: Date): ApiTokenView {
  return {
    ...token,
    createdAt: token.createdAt.toISOString(),
    expiresAt: iso(token.expiresAt),
    revokedAt: iso(token.revokedAt),
    lastUsedAt: iso(token.lastUsedAt),
    status: tokenStatus(token, now),
  };
}

/** What the audit trail keeps of a token: never the secret or its hash. */
const audited = (t: ApiToken) => ({
  entityId: t.entityId,
  name: t.name,
  capabilities: t.capabilities,
  expiresAt: iso(t.expiresAt),
  revokedAt: iso(t.revokedAt),
});

export interface NewToken {
  entityId: string;
  name: string;
  capabilities: Capability[];
  expiresAt: Date | null;
  actorId: string;
  at: Date;
}

/** Issues a token; the answer holds the secret, which is not kept and cannot be shown again. */
export async function issueToken(db: DB, input: NewToken): Promise<{ token: ApiTokenView; secret: string }> {
  if (input.expiresAt !== null && input.expiresAt <= input.at) throw new AppError('BAD_REQUEST', 'errors.apiTokens.expiryPast');
  return inTransaction(db, async (trx) => {
    const entity = await trx.selectFrom('entities').select('id').where('id', '=', input.entityId).executeTakeFirst();
    if (!entity) throw new AppError('BAD_REQUEST', 'errors.apiTokens.unknownEntity');
    const secret = newTokenSecret();
    const row = await trx
      .insertInto('api_tokens')
      .values({
        id: randomUUID(),
        entity_id: input.entityId,
        name: input.name,
        secret_hash: hashTokenSecret(secret),
        secret_hint: secretHint(secret),
        capabilities: JSON.stringify([...new Set(input.capabilities)]),
        created_by: input.actorId,
        created_at: input.at,
        expires_at: input.expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const token = toToken(row);
    await recordAdminChange(trx, {
      actorId: input.actorId,
      subjectKind: 'api_token',
      subjectId: token.id,
      action: 'issued',
      after: audited(token),
    });
    return { token: viewOf(token, input.at), secret };
  });
}

/** Revokes at once: the next call with the token is refused. Revoking twice changes nothing. */
export async function revokeToken(db: DB, input: { id: string; actorId: string; at: Date }): Promise<ApiTokenView> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('api_tokens').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'errors.apiTokens.notFound');
    const before = toToken(row);
    if (before.revokedAt !== null) return viewOf(before, input.at);
    const after = toToken(
      await trx
        .updateTable('api_tokens')
        .set({ revoked_at: input.at, revoked_by: input.actorId })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    await recordAdminChange(trx, {
      actorId: input.actorId,
      subjectKind: 'api_token',
      subjectId: input.id,
      action: 'revoked',
      before: audited(before),
      after: audited(after),
    });
    return viewOf(after, input.at);
  });
}

export async function listTokens(db: DB, filter: { entityId?: string }, now: Date): Promise<ApiTokenView[]> {
  let q = db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id');
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  return (await q.limit(1000).execute()).map((r) => viewOf(toToken(r), now));
}

/** The token a secret belongs to, whatever its state; null for a secret nobody issued. */
export async function findTokenBySecret(db: DB, secret: string): Promise<ApiToken | null> {
  const row = await db.selectFrom('api_tokens').selectAll().where('secret_hash', '=', hashTokenSecret(secret)).executeTakeFirst();
  return row ? toToken(row) : null;
}

/** Notes a use when the stored time is a minute old or more: at most one write a minute per token. */
export async function noteTokenUse(db: DB, token: ApiToken, now: Date): Promise<void> {
  if (!lastUsedDue(token.lastUsedAt, now)) return;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', token.id).execute();
}
