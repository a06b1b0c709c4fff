import { sql, type Expression, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.ts';
import { normalizeSearchText, type GapFilter } from '../../workflows/improvement/gap-query.ts';

/**
 * The pure `gapMatches` as SQL over `gaps`: same fields, same AND/OR rules, merged gaps
 * hidden unless asked for, and text matched against the stored `gapSearchText` fold.
 */
export function gapFilterQuery(db: DB, filter: GapFilter) {
  let q = db.selectFrom('gaps');
  if (filter.entityIds)
    q = filter.entityIds.length === 0 ? q.where(sql<SqlBool>`false`) : q.where('gaps.entity_id', 'in', filter.entityIds);
  if (filter.sourceKinds) {
    const kinds = filter.sourceKinds;
    q =
      kinds.length === 0
        ? q.where(sql<SqlBool>`false`)
        : q.where(({ exists, selectFrom }) =>
            exists(
              selectFrom('gap_sources')
                .select('gap_sources.gap_id')
                .whereRef('gap_sources.gap_id', '=', 'gaps.id')
                .where('gap_sources.kind', 'in', kinds),
            ),
          );
  }
  if (filter.criterionCodes) {
    const codes = filter.criterionCodes.filter((c): c is string => c !== null);
    const wantsUnmapped = filter.criterionCodes.includes(null);
    q = q.where(({ eb, or }) => {
      const parts: Expression<SqlBool>[] = [];
      if (codes.length > 0) parts.push(eb('gaps.criterion_code', 'in', codes));
      if (wantsUnmapped) parts.push(eb('gaps.criterion_code', 'is', null));
      return parts.length === 0 ? sql<SqlBool>`false` : or(parts);
    });
  }
  if (filter.statuses) q = filter.statuses.length === 0 ? q.where(sql<SqlBool>`false`) : q.where('gaps.status', 'in', filter.statuses);
  else q = q.where('gaps.status', '<>', 'merged');
  if (filter.severities)
    q = filter.severities.length === 0 ? q.where(sql<SqlBool>`false`) : q.where('gaps.severity', 'in', filter.severities);
  if (filter.ownerIds) q = filter.ownerIds.length === 0 ? q.where(sql<SqlBool>`false`) : q.where('gaps.owner_id', 'in', filter.ownerIds);
  const needle = filter.text === undefined ? '' : normalizeSearchText(filter.text);
  // `search_text` is the specification's own fold (`gapSearchText`), written with every title and description.
  if (needle !== '') q = q.where(sql<SqlBool>`strpos(gaps.search_text, ${needle}) > 0`);
  return q;
}
