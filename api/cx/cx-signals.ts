import type { DB } from '../db/schema.ts';
import type { CentreOperationsRow, ComplaintRow, SurveyRow } from '../../workflows/journeys/cx-import-rows.ts';

export interface StoredComplaint extends ComplaintRow {
  id: string;
  importId: string;
}

export interface CxSignals {
  complaints: StoredComplaint[];
  surveys: SurveyRow[];
  operations: CentreOperationsRow[];
  importIds: { complaints: string[]; surveys: string[]; operations: string[] };
}

/** The imported rows about some services within a period (inclusive, YYYY-MM-DD), as the pure measures take them. */
export async function loadSignals(db: DB, serviceCodes: readonly string[], period?: { from: string; to: string }): Promise<CxSignals> {
  // `in ()` is not SQL: an impossible code stands for the empty list.
  const codes = serviceCodes.length > 0 ? [...serviceCodes] : [''];
  let cq = db.selectFrom('cx_complaints').selectAll().where('service_code', 'in', codes);
  let sq = db.selectFrom('cx_survey_answers').selectAll().where('service_code', 'in', codes);
  if (period) {
    cq = cq.where('date', '>=', period.from).where('date', '<=', period.to);
    sq = sq.where('date', '>=', period.from).where('date', '<=', period.to);
  }
  const [complaints, surveys] = await Promise.all([cq.orderBy('id').execute(), sq.execute()]);
  // Operations are per centre: the centres that answered surveys about these services.
  const centres = [...new Set(surveys.map((s) => s.centre_code))];
  let oq = db
    .selectFrom('cx_centre_operations')
    .selectAll()
    .where('centre_code', 'in', centres.length > 0 ? centres : ['']);
  if (period) oq = oq.where('date', '>=', period.from).where('date', '<=', period.to);
  const operations = await oq.execute();
  return {
    complaints: complaints.map((c) => ({
      id: String(c.id),
      importId: c.import_id,
      service_code: c.service_code,
      channel: c.channel as ComplaintRow['channel'],
      date: c.date,
      category: c.category,
      text: c.text,
    })),
    surveys: surveys.map((s) => ({
      service_code: s.service_code,
      centre_code: s.centre_code,
      channel: s.channel as SurveyRow['channel'],
      satisfaction: Number(s.satisfaction),
      date: s.date,
    })),
    operations: operations.map((o) => ({
      centre_code: o.centre_code,
      date: o.date,
      transactions_served: Number(o.transactions_served),
      average_wait_minutes: Number(o.average_wait_minutes),
      average_service_minutes: Number(o.average_service_minutes),
    })),
    importIds: {
      complaints: [...new Set(complaints.map((c) => c.import_id))],
      surveys: [...new Set(surveys.map((s) => s.import_id))],
      operations: [...new Set(operations.map((o) => o.import_id))],
    },
  };
}
