import type { Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CentreAlertsTable } from './tables.ts';

export interface AlertView {
  id: string;
  thresholdId: string;
  entityId: string;
  centreCode: string;
  centreNameAr: string;
  centreNameEn: string;
  metric: string;
  window: string;
  comparison: string;
  target: number;
  value: number;
  status: CentreAlertsTable['status'];
  level: number;
  acknowledged: boolean;
  gapId: string | null;
  raisedAt: string;
  resolvedAt: string | null;
}

type Row = Selectable<CentreAlertsTable> & { centre_name_ar: string | null; centre_name_en: string | null };

const viewOf = (r: Row): AlertView => ({
  id: r.id,
  thresholdId: r.threshold_id,
  entityId: r.entity_id,
  centreCode: r.centre_code,
  centreNameAr: r.centre_name_ar ?? r.centre_code,
  centreNameEn: r.centre_name_en ?? r.centre_code,
  metric: r.metric,
  window: r.window,
  comparison: r.comparison,
  target: Number(r.target),
  value: Number(r.value),
  status: r.status,
  level: r.level,
  acknowledged: r.acknowledged_by !== null,
  gapId: r.gap_id,
  raisedAt: new Date(r.raised_at).toISOString(),
  resolvedAt: r.resolved_at === null ? null : new Date(r.resolved_at).toISOString(),
});

function alertsQuery(db: DB) {
  return db
    .selectFrom('centre_alerts')
    .leftJoin('service_centres', 'service_centres.code', 'centre_alerts.centre_code')
    .selectAll('centre_alerts')
    .select(['service_centres.name_ar as centre_name_ar', 'service_centres.name_en as centre_name_en']);
}

/** The watched entities' alerts, unresolved first then newest (at most 200). */
export async function listAlerts(db: DB, entityIds: readonly string[] | null, onlyOpen: boolean): Promise<AlertView[]> {
  if (entityIds !== null && entityIds.length === 0) return [];
  let q = alertsQuery(db);
  if (entityIds !== null) q = q.where('centre_alerts.entity_id', 'in', entityIds as string[]);
  if (onlyOpen) q = q.where('centre_alerts.status', '<>', 'resolved');
  const rows = await q.orderBy('centre_alerts.raised_at', 'desc').orderBy('centre_alerts.id').limit(200).execute();
  return rows.map(viewOf);
}

export async function findAlert(db: DB, id: string): Promise<AlertView | null> {
  const row = await alertsQuery(db).where('centre_alerts.id', '=', id).executeTakeFirst();
  return row ? viewOf(row) : null;
}
