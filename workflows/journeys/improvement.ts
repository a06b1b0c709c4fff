import type { MeasurementMetrics, MeasurementRecord } from './journey-baseline.ts';

/** Metrics a re-measurement is judged on. */
export const improvementMetrics = [
  'totalMinutes',
  'waitingMinutes',
  'handlingMinutes',
  'visits',
  'documentRequests',
  'distinctDocuments',
  'steps',
  'customerSteps',
  'entities',
  'fees',
  'satisfaction',
  'complaintRatePer1000',
  'observedWaitMinutes',
  'observedServiceMinutes',
] as const satisfies readonly (keyof MeasurementMetrics)[];
export type ImprovementMetric = (typeof improvementMetrics)[number];

/** Only satisfaction improves upwards; every other metric is a cost to the customer. */
export const higherIsBetter: ReadonlySet<ImprovementMetric> = new Set(['satisfaction']);

export type ImprovementStatus = 'met' | 'partly_met' | 'no_change' | 'worse' | 'no_target' | 'no_data';

export interface MetricImprovement {
  metric: ImprovementMetric;
  baseline: number | null;
  /** Target value promised for after implementation. */
  promised: number | null;
  achieved: number | null;
  /** Improvement in the better direction (positive is better). */
  promisedImprovement: number | null;
  achievedImprovement: number | null;
  /** achieved / promised improvement; 1 means exactly as promised. */
  attainment: number | null;
  status: ImprovementStatus;
}

export type ComparabilityIssue =
  | 'different_journey'
  | 'different_method'
  | 'not_after_baseline'
  | 'different_period_length'
  | 'small_sample';

export interface ImprovementReport {
  /** False when the two measurements are not like for like; the figures are still shown. */
  comparable: boolean;
  issues: ComparabilityIssue[];
  metrics: MetricImprovement[];
}

export interface CompareImprovementInput {
  baseline: MeasurementRecord;
  remeasured: MeasurementRecord;
  /** Target values promised in the to-be design. */
  promised: Partial<Record<ImprovementMetric, number>>;
  /** Fewer survey answers than this in either measurement is flagged. */
  minSampleSize?: number;
}

function periodDays(p: { from: string; to: string }): number {
  return (Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000 + 1;
}

function improvementOf(metric: ImprovementMetric, baseline: number, value: number): number {
  return higherIsBetter.has(metric) ? value - baseline : baseline - value;
}

function statusOf(achieved: number, promised: number | null): ImprovementStatus {
  if (achieved < 0) return 'worse';
  if (promised === null) return achieved === 0 ? 'no_change' : 'no_target';
  if (achieved >= promised) return 'met';
  return achieved > 0 ? 'partly_met' : 'no_change';
}

/** Achieved against promised improvement, metric by metric, after re-measurement. */
export function compareImprovement(input: CompareImprovementInput): ImprovementReport {
  const { baseline: b, remeasured: r } = input;
  const issues: ComparabilityIssue[] = [];
  if (b.journeyId !== r.journeyId) issues.push('different_journey');
  if (b.method !== r.method) issues.push('different_method');
  if (Date.parse(r.measuredAt) <= Date.parse(b.measuredAt) || r.period.from <= b.period.to) issues.push('not_after_baseline');
  if (periodDays(b.period) !== periodDays(r.period)) issues.push('different_period_length');
  const min = input.minSampleSize ?? 0;
  if (b.sampleSize < min || r.sampleSize < min) issues.push('small_sample');

  const metrics = improvementMetrics.map((metric): MetricImprovement => {
    const base = b.metrics[metric];
    const achieved = r.metrics[metric];
    const promised = input.promised[metric] ?? null;
    if (base === null || achieved === null) {
      return {
        metric,
        baseline: base,
        promised,
        achieved,
        promisedImprovement: null,
        achievedImprovement: null,
        attainment: null,
        status: 'no_data',
      };
    }
    const achievedImprovement = improvementOf(metric, base, achieved);
    const promisedImprovement = promised === null ? null : improvementOf(metric, base, promised);
    return {
      metric,
      baseline: base,
      promised,
      achieved,
      promisedImprovement,
      achievedImprovement,
      attainment: promisedImprovement === null || promisedImprovement === 0 ? null : achievedImprovement / promisedImprovement,
      status: statusOf(achievedImprovement, promisedImprovement),
    };
  });
  return { comparable: issues.length === 0, issues, metrics };
}
