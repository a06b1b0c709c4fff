import { z } from 'zod';
import type { Gap, GapSourceKind, GapStatus } from './gap.ts';
import { gapSeverities, gapSourceKinds, gapStatuses, primarySource, severityWeight } from './gap.ts';

/**
 * The register's filter. Every field narrows (AND); a list matches any of its values (OR).
 * The SQL version must give the same answers: these functions and their tests are the spec.
 */
export const gapFilterSchema = z.object({
  entityIds: z.array(z.string().min(1)).optional(),
  /** Matches a gap if any of its source links (not only the primary) has one of these kinds. */
  sourceKinds: z.array(z.enum(gapSourceKinds)).optional(),
  /** `null` in the list selects gaps not yet mapped to a criterion. */
  criterionCodes: z.array(z.string().min(1).nullable()).optional(),
  /** When absent, merged gaps are hidden: they live on in their survivor. */
  statuses: z.array(z.enum(gapStatuses)).optional(),
  severities: z.array(z.enum(gapSeverities)).optional(),
  ownerIds: z.array(z.string().min(1)).optional(),
  /** Free text over code, title and description; see `normalizeSearchText`. */
  text: z.string().max(200).optional(),
});
export type GapFilter = z.infer<typeof gapFilterSchema>;

/**
 * Case-folds and strips Arabic diacritics and tatweel, and unifies alef forms, so that
 * "إدارة" finds "ادارة" and "فجوة" finds "فَجْوَة".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\s+/g, ' ')
    .trim();
}

function includesIfGiven<T>(list: readonly T[] | undefined, value: T): boolean {
  return list === undefined || list.includes(value);
}

/**
 * What free text is matched against: code, title and description, folded. The register
 * stores it beside each gap (`gaps.search_text`) so the SQL filter matches exactly this.
 */
export function gapSearchText(gap: Pick<Gap, 'code' | 'title' | 'description'>): string {
  return normalizeSearchText(`${gap.code} ${gap.title} ${gap.description}`);
}

export function gapMatches(gap: Gap, filter: GapFilter): boolean {
  if (!includesIfGiven(filter.entityIds, gap.entityId)) return false;
  if (filter.sourceKinds && !gap.sources.some((s) => filter.sourceKinds?.includes(s.kind))) return false;
  if (!includesIfGiven(filter.criterionCodes, gap.criterionCode)) return false;
  if (filter.statuses ? !filter.statuses.includes(gap.status) : gap.status === 'merged') return false;
  if (!includesIfGiven(filter.severities, gap.severity)) return false;
  if (filter.ownerIds && (gap.ownerId === null || !filter.ownerIds.includes(gap.ownerId))) return false;
  const needle = filter.text === undefined ? '' : normalizeSearchText(filter.text);
  if (needle !== '') {
    if (!gapSearchText(gap).includes(needle)) return false;
  }
  return true;
}

/** Keeps the input order, as the SQL will with an explicit ORDER BY the caller chooses. */
export function filterGaps(gaps: readonly Gap[], filter: GapFilter): Gap[] {
  return gaps.filter((g) => gapMatches(g, filter));
}

/** Most severe first, then oldest first, then by id so the order is total. */
export function compareBySeverityThenAge(
  a: Pick<Gap, 'id' | 'severity' | 'raisedAt'>,
  b: Pick<Gap, 'id' | 'severity' | 'raisedAt'>,
): number {
  return (
    severityWeight(b.severity) - severityWeight(a.severity) ||
    Date.parse(a.raisedAt) - Date.parse(b.raisedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export const gapGroupings = ['entity', 'source', 'criterion', 'status'] as const;
export type GapGrouping = (typeof gapGroupings)[number];

export type GapGroupKey<G extends GapGrouping> = G extends 'source'
  ? GapSourceKind
  : G extends 'status'
    ? GapStatus
    : G extends 'criterion'
      ? string | null
      : string;

export interface GapGroup<G extends GapGrouping> {
  key: GapGroupKey<G>;
  count: number;
  gaps: Gap[];
}

/** Each gap lands in exactly one group (by its primary source for 'source'), so counts add up to the total. */
function keyOf(gap: Gap, by: GapGrouping): string | null {
  switch (by) {
    case 'entity':
      return gap.entityId;
    case 'source':
      return primarySource(gap).kind;
    case 'criterion':
      return gap.criterionCode;
    case 'status':
      return gap.status;
  }
}

/** Code-point order, nulls last: PostgreSQL's `ORDER BY key ASC` with a "C" collation. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function groupGaps<G extends GapGrouping>(gaps: readonly Gap[], by: G): GapGroup<G>[] {
  const groups = new Map<string | null, Gap[]>();
  for (const gap of gaps) {
    const key = keyOf(gap, by);
    const list = groups.get(key);
    if (list) list.push(gap);
    else groups.set(key, [gap]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, list]) => ({ key: key as GapGroupKey<G>, count: list.length, gaps: list }));
}
