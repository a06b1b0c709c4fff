import type { DB } from '../db/schema.ts';
import { centreScores, centreTrend, type ScoredVisit } from '../../workflows/mystery-shopper/results.ts';

/** Accepted visits with their scores, narrowed by period, centre or entity. */
export async function acceptedVisits(
  db: DB,
  filter: { periodIds?: readonly string[]; centreId?: string; entityId?: string },
): Promise<ScoredVisit[]> {
  if (filter.periodIds?.length === 0) return [];
  let q = db
    .selectFrom('mystery_visits')
    .select(['period_id', 'centre_id', 'channel', 'score'])
    .where('state', '=', 'accepted')
    .orderBy('id');
  if (filter.periodIds) q = q.where('period_id', 'in', filter.periodIds);
  if (filter.centreId) q = q.where('centre_id', '=', filter.centreId);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  const rows = await q.execute();
  return rows.map((r) => ({ periodId: r.period_id, centreId: r.centre_id, channel: r.channel, score: r.score }));
}

async function centreNames(db: DB, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { entityId: string; nameAr: string; nameEn: string }>();
  const rows = await db.selectFrom('service_centres').select(['id', 'entity_id', 'name_ar', 'name_en']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { entityId: r.entity_id, nameAr: r.name_ar, nameEn: r.name_en }]));
}

/**
 * Per centre and channel scores for the chosen periods, with each centre's trend over them
 * (oldest first). The programme's view; the public sees only published periods (annualReport).
 */
export async function periodResults(db: DB, periodIds: readonly string[]) {
  const periods = periodIds.length
    ? await db
        .selectFrom('mystery_periods')
        .select(['id', 'name_ar', 'name_en', 'starts_on'])
        .where('id', 'in', periodIds)
        .orderBy('starts_on')
        .execute()
    : [];
  const ordered = periods.map((p) => p.id);
  const visits = await acceptedVisits(db, { periodIds: ordered });
  const scores = centreScores(visits);
  const names = await centreNames(
    db,
    scores.map((s) => s.centreId),
  );
  return {
    periods: periods.map((p) => ({ id: p.id, nameAr: p.name_ar, nameEn: p.name_en })),
    centres: scores.map((s) => ({
      ...s,
      ...names.get(s.centreId)!,
      trend: centreTrend(ordered, visits, s.centreId),
    })),
  };
}

/**
 * An entity's annual public report: its centres' scores per channel over the year's published
 * periods, the trend across them, and how many findings the visits raised. Published periods only.
 */
export async function annualReport(db: DB, entityId: string, year: number) {
  const entity = await db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).where('id', '=', entityId).executeTakeFirst();
  if (!entity) return null;
  const periods = await db
    .selectFrom('mystery_periods')
    .select(['id', 'name_ar', 'name_en', 'starts_on'])
    .where('published_at', 'is not', null)
    .where('starts_on', '>=', `${year}-01-01`)
    .where('starts_on', '<=', `${year}-12-31`)
    .orderBy('starts_on')
    .execute();
  const ids = periods.map((p) => p.id);
  const visits = await acceptedVisits(db, { periodIds: ids, entityId });
  const scores = centreScores(visits);
  const names = await centreNames(
    db,
    scores.map((s) => s.centreId),
  );
  const findings = ids.length
    ? await db
        .selectFrom('gap_sources')
        .innerJoin('mystery_visits', 'mystery_visits.id', 'gap_sources.container_id')
        .select(['mystery_visits.centre_id', (eb) => eb.fn.countAll<string>().as('n')])
        .where('gap_sources.kind', '=', 'mystery_shopper_finding')
        .where('mystery_visits.period_id', 'in', ids)
        .where('mystery_visits.entity_id', '=', entityId)
        .groupBy('mystery_visits.centre_id')
        .execute()
    : [];
  const findingsBy = new Map(findings.map((f) => [f.centre_id, Number(f.n)]));
  const overall = centreScores(visits.map((v) => ({ ...v, centreId: entityId })))[0]?.score ?? null;
  return {
    year,
    entity: { id: entity.id, nameAr: entity.name_ar, nameEn: entity.name_en },
    periods: periods.map((p) => ({ id: p.id, nameAr: p.name_ar, nameEn: p.name_en })),
    visits: visits.length,
    score: overall,
    centres: scores.map((s) => ({
      centreId: s.centreId,
      nameAr: names.get(s.centreId)!.nameAr,
      nameEn: names.get(s.centreId)!.nameEn,
      score: s.score,
      channels: s.channels,
      trend: centreTrend(ids, visits, s.centreId),
      findings: findingsBy.get(s.centreId) ?? 0,
    })),
  };
}
