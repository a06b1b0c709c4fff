import { z } from 'zod';
import type { CentreOperationsRow, ComplaintRow, SurveyRow } from './cx-import-rows.ts';
import { isCalendarDate } from './cx-import-rows.ts';
import type { JourneyMap } from './journey-map.ts';
import { journeyMapVersions, journeySteps } from './journey-map.ts';
import { measureSteps } from './journey-metrics.ts';

/** How a measurement was taken; a re-measurement must use the same one to compare like with like. */
export const measurementMethods = ['map_and_cx_data', 'time_and_motion_observation', 'mystery_shopping'] as const;
export type MeasurementMethod = (typeof measurementMethods)[number];

export const measurementSourceKinds = [
  'journey_map',
  'complaints_import',
  'survey_import',
  'operations_import',
  'service_kpi',
  'other',
] as const;

export const measurementSourceSchema = z.object({
  kind: z.enum(measurementSourceKinds),
  /** Import id, map version, document name... */
  reference: z.string().min(1),
});
export type MeasurementSource = z.infer<typeof measurementSourceSchema>;

const calendarDate = z.string().refine(isCalendarDate, { error: 'measurement.invalid_date' });
const nullableNumber = z.number().nullable();

export const measurementMetricsSchema = z.object({
  steps: z.number(),
  customerSteps: z.number(),
  visits: z.number(),
  documentRequests: z.number(),
  distinctDocuments: z.number(),
  waitingMinutes: z.number(),
  handlingMinutes: z.number(),
  totalMinutes: z.number(),
  fees: z.number(),
  entities: z.number(),
  /** Mean survey answer 1..5; null without answers. */
  satisfaction: nullableNumber,
  /** Complaints per 1,000 transactions; null without transactions. */
  complaintRatePer1000: nullableNumber,
  /** Wait and service time reported by the centres, weighted by transactions. */
  observedWaitMinutes: nullableNumber,
  observedServiceMinutes: nullableNumber,
  transactions: z.number().int().nonnegative(),
  complaints: z.number().int().nonnegative(),
  surveyResponses: z.number().int().nonnegative(),
});
export type MeasurementMetrics = z.infer<typeof measurementMetricsSchema>;

/** A frozen, dated measurement of one journey version. */
export const measurementRecordSchema = z
  .object({
    journeyId: z.string().min(1),
    mapVersion: z.enum(journeyMapVersions),
    /** ISO timestamp of when the measurement was frozen. */
    measuredAt: z.iso.datetime({ offset: true }),
    period: z.object({ from: calendarDate, to: calendarDate }),
    method: z.enum(measurementMethods),
    /** Survey answers behind the satisfaction figure. */
    sampleSize: z.number().int().nonnegative(),
    sources: z.array(measurementSourceSchema).min(1),
    metrics: measurementMetricsSchema,
  })
  .refine((r) => r.period.from <= r.period.to, { error: 'measurement.period_reversed', path: ['period'] });
export type MeasurementRecord = z.infer<typeof measurementRecordSchema>;

export interface MeasureJourneyInput {
  map: JourneyMap;
  /** Inclusive, YYYY-MM-DD. Rows outside are ignored. */
  period: { from: string; to: string };
  measuredAt: string;
  method: MeasurementMethod;
  /** Import and KPI references; the map itself is added. */
  sources: readonly MeasurementSource[];
  complaints: readonly ComplaintRow[];
  surveys: readonly SurveyRow[];
  operations: readonly CentreOperationsRow[];
  /** Centres whose operations figures count; all given rows when omitted. */
  centreCodes?: readonly string[];
  /**
   * The journey's transaction volume when the centres also serve other services
   * (their operations totals would overstate it); summed from `operations` otherwise.
   */
  transactions?: number;
}

function inPeriod(date: string, period: { from: string; to: string }): boolean {
  return date >= period.from && date <= period.to;
}

/** Baseline (or re-measurement) from a map plus the imported customer-experience data. */
export function measureJourney(input: MeasureJourneyInput): MeasurementRecord {
  const { map, period } = input;
  const services = new Set(map.serviceCodes);
  const complaints = input.complaints.filter((c) => services.has(c.service_code) && inPeriod(c.date, period));
  const surveys = input.surveys.filter((s) => services.has(s.service_code) && inPeriod(s.date, period));
  const centres = input.centreCodes ? new Set(input.centreCodes) : null;
  const operations = input.operations.filter((o) => (centres ? centres.has(o.centre_code) : true) && inPeriod(o.date, period));

  const served = operations.reduce((n, o) => n + o.transactions_served, 0);
  const transactions = input.transactions ?? served;
  const weighted = (pick: (o: CentreOperationsRow) => number) =>
    served === 0 ? null : operations.reduce((n, o) => n + pick(o) * o.transactions_served, 0) / served;

  const record: MeasurementRecord = {
    journeyId: map.journeyId,
    mapVersion: map.version,
    measuredAt: input.measuredAt,
    period: { from: period.from, to: period.to },
    method: input.method,
    sampleSize: surveys.length,
    sources: [{ kind: 'journey_map', reference: `${map.journeyId}@${map.version}` }, ...input.sources],
    metrics: {
      ...measureSteps(journeySteps(map)),
      satisfaction: surveys.length === 0 ? null : surveys.reduce((n, s) => n + s.satisfaction, 0) / surveys.length,
      complaintRatePer1000: transactions === 0 ? null : (complaints.length / transactions) * 1000,
      observedWaitMinutes: weighted((o) => o.average_wait_minutes),
      observedServiceMinutes: weighted((o) => o.average_service_minutes),
      transactions,
      complaints: complaints.length,
      surveyResponses: surveys.length,
    },
  };
  return measurementRecordSchema.parse(record);
}
