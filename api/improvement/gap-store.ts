import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Gap } from '../../workflows/improvement/gap.ts';
import type { GapFilter } from '../../workflows/improvement/gap-query.ts';
import { gapFilterQuery } from './gap-search.ts';

export interface GapSourceView {
  kind: Gap['sources'][number]['kind'];
  containerId: string;
  itemId: string;
  labelAr: string;
  labelEn: string;
  /** In-app path back to the record that raised the gap. */
  link: string;
}

export type GapView = Omit<Gap, 'sources'> & { sources: GapSourceView[]; cycleId: string | null };

/**
 * Where each kind of source lives in the web app: an area for improvement in the
 * assessment's feedback report, a mystery-shopper finding on the visit that found it,
 * a pain point on the workshop board.
 */
export function sourceLink(kind: GapSourceView['kind'], containerId: string): string {
  switch (kind) {
    case 'assessment_afi':
      return `/excellence/assessments/${containerId}/report`;
    case 'mystery_shopper_finding':
      return `/mystery-shopper/visits/${containerId}`;
    case 'workshop_pain_point':
      return `/workshops/${containerId}`;
    case 'journey_difference':
      return `/journeys/${containerId}`;
    case 'consultation':
      return `/participation/${containerId}`;
    case 'command_centre':
      return `/command-centre/alerts/${containerId}`;
  }
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

async function sourcesOf(db: DB, gapIds: string[]): Promise<Map<string, GapSourceView[]>> {
  const out = new Map<string, GapSourceView[]>();
  if (gapIds.length === 0) return out;
  const rows = await db.selectFrom('gap_sources').selectAll().where('gap_id', 'in', gapIds).orderBy('kind').orderBy('item_id').execute();
  for (const r of rows) {
    const list = out.get(r.gap_id) ?? [];
    list.push({
      kind: r.kind,
      containerId: r.container_id,
      itemId: r.item_id,
      labelAr: r.label_ar,
      labelEn: r.label_en,
      link: sourceLink(r.kind, r.container_id),
    });
    out.set(r.gap_id, list);
  }
  return out;
}

type GapRow = Awaited<ReturnType<typeof gapRows>>[number];
function gapRows(db: DB, filter: GapFilter) {
  return gapFilterQuery(db, filter).selectAll('gaps').execute();
}

function toView(row: GapRow, sources: GapSourceView[]): GapView {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    entityId: row.entity_id,
    criterionCode: row.criterion_code,
    severity: row.severity,
    ownerId: row.owner_id,
    status: row.status,
    mergedIntoId: row.merged_into_id,
    raisedAt: iso(row.raised_at)!,
    closedAt: iso(row.closed_at),
    cycleId: row.cycle_id,
    sources,
  };
}

/** One page of the register, most severe and oldest first, with every source link. */
export async function listGaps(
  db: DB,
  filter: GapFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: GapView[] }> {
  const total = await gapFilterQuery(db, filter)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await gapFilterQuery(db, filter)
    .selectAll('gaps')
    .orderBy(sql`case gaps.severity when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`)
    .orderBy('gaps.raised_at')
    .orderBy('gaps.code')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const sources = await sourcesOf(
    db,
    rows.map((r) => r.id),
  );
  return { total: Number(total.n), items: rows.map((r) => toView(r, sources.get(r.id) ?? [])) };
}

export async function getGap(db: DB, id: string): Promise<GapView | null> {
  const row = await db.selectFrom('gaps').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const sources = await sourcesOf(db, [id]);
  return toView(row, sources.get(id) ?? []);
}

export const gapGroupColumns = ['entity', 'source', 'criterion', 'status', 'severity'] as const;
export type GapGroupColumn = (typeof gapGroupColumns)[number];

export interface GapGroupCount {
  key: string | null;
  count: number;
}

/**
 * Counts per group, computed by the database. By source, a gap counts once under each
 * distinct kind among its links (a merged gap may have several), as the pure filter reads it.
 */
export async function groupGapCounts(db: DB, filter: GapFilter, by: GapGroupColumn): Promise<GapGroupCount[]> {
  const base = gapFilterQuery(db, filter);
  let rows: { key: string | null; n: string | number | bigint }[];
  if (by === 'source') {
    rows = await base
      .innerJoin('gap_sources', 'gap_sources.gap_id', 'gaps.id')
      .select([sql<string>`gap_sources.kind`.as('key'), sql<string>`count(distinct gaps.id)`.as('n')])
      .groupBy('gap_sources.kind')
      .orderBy('key')
      .execute();
  } else {
    const column = { entity: 'gaps.entity_id', criterion: 'gaps.criterion_code', status: 'gaps.status', severity: 'gaps.severity' }[by];
    rows = await base
      .select([sql<string | null>`${sql.ref(column)}`.as('key'), sql<string>`count(*)`.as('n')])
      .groupBy(sql.ref(column))
      .orderBy(sql.ref(column))
      .execute();
  }
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}
