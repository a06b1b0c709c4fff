import type { Kysely } from 'kysely';
import { TRPCError } from '@trpc/server';
import type { EngineTables } from '../../engine/db/schema.ts';
import { listInstances, type InstanceFilter, type InstanceRecord } from '../../engine/workflow/read-models.ts';
import type { SessionUser } from '../trpc/context.ts';
import type { VisibilityRules } from './visibility-rules.ts';
import { isOnlyParticipant } from './grants.ts';

/**
 * Customers (the participant role: invite-code guests included) work only through their
 * workshop's own pages, never through the generic workflow pages.
 */
function usesGenericPages(user: SessionUser): boolean {
  return !isOnlyParticipant(user) && user.grants.length > 0;
}

/** The generic read path's question for one instance: the kind's own rule, behind the staff-only door. */
export function mayReadInstance(rules: VisibilityRules, user: SessionUser, row: InstanceRecord): boolean {
  if (!usesGenericPages(user)) return false;
  const context = (row.snapshot as { context?: unknown } | null)?.context ?? null;
  return rules.mayRead(user, row.kind, { entityId: row.entity_id, state: row.state, context });
}

export function assertCanReadInstance(rules: VisibilityRules, user: SessionUser, row: InstanceRecord): void {
  // Not FORBIDDEN: an outsider must not learn that the instance exists.
  if (!mayReadInstance(rules, user, row)) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
}

/** How many rows one read fetches while looking for a page's readable ones. */
const defaultScanBatch = 200;

/**
 * Up to `limit` readable instances, newest first, after `filter.before`. SQL narrows by each
 * kind's candidates; the kind's rule then decides each row, reading further batches until
 * the page is full, so a page is never short while readable rows remain after it.
 */
export async function listReadableInstances(
  db: Kysely<EngineTables>,
  rules: VisibilityRules,
  user: SessionUser,
  filter: Omit<InstanceFilter, 'scopes' | 'entityIds' | 'limit'>,
  limit: number,
  scanBatch = defaultScanBatch,
): Promise<InstanceRecord[]> {
  if (!usesGenericPages(user)) return [];
  const scopes = rules.scopes(user, filter.kind) ?? undefined;
  const page: InstanceRecord[] = [];
  let before = filter.before;
  for (;;) {
    const rows = await listInstances(db, { ...filter, scopes, before, limit: scanBatch });
    for (const row of rows) {
      if (!mayReadInstance(rules, user, row)) continue;
      page.push(row);
      if (page.length === limit) return page;
    }
    const last = rows.at(-1);
    if (rows.length < scanBatch || !last) return page;
    before = { updatedAt: last.updated_at, id: last.id };
  }
}
