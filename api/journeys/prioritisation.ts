import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { factorRanges, rankServices, weightShares } from '../../workflows/journeys/service-prioritisation.ts';
import type {
  FactorWeights,
  PrioritisationCandidate,
  PrioritisationFactor,
  RankedService,
} from '../../workflows/journeys/service-prioritisation.ts';
import { channelShare, daysInPeriod, scopedVolume, type ChannelShare } from '../../workflows/journeys/prioritisation-scope.ts';
import type { CxChannel } from '../../workflows/journeys/cx-import-rows.ts';
import { listServices } from './catalogue.ts';

export interface PrioritisationScope {
  /** YYYY-MM-DD, both included; null: all the imported data and a whole year of volume. */
  from: string | null;
  to: string | null;
  channel: CxChannel | null;
}

export interface PrioritisedService extends RankedService {
  name: { ar: string; en: string };
  ownerEntityCode: string;
  candidate: PrioritisationCandidate;
  /** Where satisfaction and complaints came from: imported data, or the catalogue KPI when none. */
  satisfactionSource: 'survey_answers' | 'catalogue_kpi';
  surveyResponses: number;
  annualVolume: number;
  channelShare: ChannelShare;
}

export interface Prioritisation {
  scope: PrioritisationScope & { days: number | null };
  /** Each factor's weight ÷ sum of weights: the multiplier in the formula. */
  weightShares: Record<PrioritisationFactor, number>;
  /** min and max of each raw factor: the normalisation bounds. */
  ranges: Record<PrioritisationFactor, { min: number; max: number }>;
  services: PrioritisedService[];
}

/**
 * Candidates from the catalogue (yearly volume prorated to the scope) and the imported
 * signals in the scope (mean survey answer, complaint count), ranked by the pure formula.
 * With a channel, services that neither offer it nor have data in it are left out.
 */
export async function prioritiseServices(
  db: DB,
  weights: FactorWeights,
  scope: PrioritisationScope = { from: null, to: null, channel: null },
): Promise<Prioritisation> {
  const services = await listServices(db);
  let sq = db
    .selectFrom('cx_survey_answers')
    .select(['service_code', 'channel', sql<number>`sum(satisfaction)::float8`.as('total'), sql<number>`count(*)::int`.as('n')]);
  let cq = db.selectFrom('cx_complaints').select(['service_code', sql<number>`count(*)::int`.as('n')]);
  if (scope.from) {
    sq = sq.where('date', '>=', scope.from);
    cq = cq.where('date', '>=', scope.from);
  }
  if (scope.to) {
    sq = sq.where('date', '<=', scope.to);
    cq = cq.where('date', '<=', scope.to);
  }
  if (scope.channel) cq = cq.where('channel', '=', scope.channel);
  const [surveyRows, complaintRows] = await Promise.all([
    sq.groupBy(['service_code', 'channel']).execute(),
    cq.groupBy('service_code').execute(),
  ]);
  const mix = new Map<string, Record<string, number>>();
  const satisfaction = new Map<string, { total: number; n: number }>();
  for (const r of surveyRows) {
    const byChannel = mix.get(r.service_code) ?? {};
    byChannel[r.channel] = Number(r.n);
    mix.set(r.service_code, byChannel);
    if (scope.channel && r.channel !== scope.channel) continue;
    const s = satisfaction.get(r.service_code) ?? { total: 0, n: 0 };
    satisfaction.set(r.service_code, { total: s.total + Number(r.total), n: s.n + Number(r.n) });
  }
  const complaintsOf = new Map(complaintRows.map((c) => [c.service_code, Number(c.n)]));
  const days = scope.from && scope.to ? daysInPeriod(scope.from, scope.to) : null;

  const candidates = services.flatMap((s) => {
    const share = channelShare(scope.channel, mix.get(s.code) ?? {}, s.definition.channels);
    const survey = satisfaction.get(s.code);
    const complaints = complaintsOf.get(s.code) ?? 0;
    if (share.share === 0 && !survey && complaints === 0) return [];
    const candidate: PrioritisationCandidate = {
      serviceCode: s.code,
      volume: Math.round(scopedVolume(s.definition.kpis.annualVolume, days, share.share)),
      satisfaction: survey ? survey.total / survey.n : s.definition.kpis.satisfaction,
      complaints,
      strategicWeight: s.strategicWeight,
    };
    return [{ s, survey, share, candidate }];
  });
  const byCode = new Map(candidates.map((c) => [c.s.code, c]));
  const list = candidates.map((c) => c.candidate);
  return {
    scope: { ...scope, days },
    weightShares: weightShares(weights),
    ranges: factorRanges(list),
    services: rankServices(list, weights).map((r) => {
      const c = byCode.get(r.serviceCode)!;
      return {
        ...r,
        name: c.s.definition.name,
        ownerEntityCode: c.s.definition.ownerEntityCode,
        candidate: c.candidate,
        satisfactionSource: c.survey ? 'survey_answers' : 'catalogue_kpi',
        surveyResponses: c.survey?.n ?? 0,
        annualVolume: c.s.definition.kpis.annualVolume,
        channelShare: c.share,
      };
    }),
  };
}
