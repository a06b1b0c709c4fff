import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { gapSearchText } from '../../workflows/improvement/gap-query.ts';
import type { GapSourcesTable, GapsTable } from './tables.ts';

export interface RaiseGapRow {
  title: string;
  description?: string;
  entityId: string;
  criterionCode?: string | null;
  severity: GapsTable['severity'];
  ownerId?: string | null;
  cycleId?: string | null;
  source: { kind: GapSourcesTable['kind']; containerId: string; itemId: string; labelAr: string; labelEn: string };
}

/**
 * Writes one gap with its source link, inside the caller's transaction. Raising the same
 * source twice returns the existing gap instead of a duplicate, so a replayed publication
 * or a re-run import never doubles the register.
 */
export async function raiseGapRow(
  db: DB,
  input: RaiseGapRow,
  at: Date = new Date(),
): Promise<{ id: string; code: string; created: boolean }> {
  const existing = await db
    .selectFrom('gap_sources')
    .innerJoin('gaps', 'gaps.id', 'gap_sources.gap_id')
    .select(['gaps.id', 'gaps.code'])
    .where('gap_sources.kind', '=', input.source.kind)
    .where('gap_sources.container_id', '=', input.source.containerId)
    .where('gap_sources.item_id', '=', input.source.itemId)
    .executeTakeFirst();
  if (existing) return { ...existing, created: false };
  const { rows } = await sql<{ n: number }>`select nextval('gap_code_seq')::int as n`.execute(db);
  const code = `GAP-${at.getUTCFullYear()}-${String(rows[0]!.n).padStart(4, '0')}`;
  const id = randomUUID();
  await db
    .insertInto('gaps')
    .values({
      id,
      code,
      title: input.title,
      description: input.description ?? '',
      entity_id: input.entityId,
      criterion_code: input.criterionCode ?? null,
      severity: input.severity,
      owner_id: input.ownerId ?? null,
      status: 'open',
      merged_into_id: null,
      cycle_id: input.cycleId ?? null,
      raised_at: at,
      closed_at: null,
      search_text: gapSearchText({ code, title: input.title, description: input.description ?? '' }),
    })
    .execute();
  await db
    .insertInto('gap_sources')
    .values({
      gap_id: id,
      kind: input.source.kind,
      container_id: input.source.containerId,
      item_id: input.source.itemId,
      label_ar: input.source.labelAr,
      label_en: input.source.labelEn,
    })
    .execute();
  return { id, code, created: true };
}
