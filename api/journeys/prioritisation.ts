import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { rankServices } from '../../workflows/journeys/service-prioritisation.ts';
import type { FactorWeights, PrioritisationCandidate, RankedService } from '../../workflows/journeys/service-prioritisation.ts';
import { listServices } from './catalogue.ts';

export interface PrioritisedService extends RankedService {
  name: { ar: string; en: string };
  ownerEntityCode: string;
  candidate: PrioritisationCandidate;
  /** Where satisfaction and complaints came from: imported data, or the catalogue KPI when none. */
  satisfactionSource: 'survey_answers' | 'catalogue_kpi';
  surveyResponses: number;
}

/**
 * Candidates from the catalogue (annual volume) and the imported signals (mean survey
 * answer, complaint count), ranked by the pure transparent formula.
 */
export async function prioritiseServices(db: DB, weights: FactorWeights): Promise<PrioritisedService[]> {
  const services = await listServices(db);
  const surveys = await db
    .selectFrom('cx_survey_answers')
    .select(['service_code', sql<number>`avg(satisfaction)::float8`.as('mean'), sql<number>`count(*)::int`.as('n')])
    .groupBy('service_code')
    .execute();
  const complaints = await db.selectFrom('cx_complaints').select(['service_code', sql<number>`count(*)::int`.as('n')]).groupBy('service_code').execute();
  const surveyOf = new Map(surveys.map((s) => [s.service_code, { mean: Number(s.mean), n: Number(s.n) }]));
  const complaintsOf = new Map(complaints.map((c) => [c.service_code, Number(c.n)]));
  const candidates = services.map((s) => {
    const survey = surveyOf.get(s.code);
    const candidate: PrioritisationCandidate = {
      serviceCode: s.code,
      volume: s.definition.kpis.annualVolume,
      satisfaction: survey ? survey.mean : s.definition.kpis.satisfaction,
      complaints: complaintsOf.get(s.code) ?? 0,
      strategicWeight: s.strategicWeight,
    };
    return { s, survey, candidate };
  });
  const byCode = new Map(candidates.map((c) => [c.s.code, c]));
  return rankServices(
    candidates.map((c) => c.candidate),
    weights,
  ).map((r) => {
    const c = byCode.get(r.serviceCode)!;
    return {
      ...r,
      name: c.s.definition.name,
      ownerEntityCode: c.s.definition.ownerEntityCode,
      candidate: c.candidate,
      satisfactionSource: c.survey ? 'survey_answers' : 'catalogue_kpi',
      surveyResponses: c.survey?.n ?? 0,
    };
  });
}
