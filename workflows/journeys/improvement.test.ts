import { describe, it, expect } from 'vitest';
import { compareImprovement } from './improvement.ts';
import type { MeasurementMetrics, MeasurementRecord } from './journey-baseline.ts';

const baseMetrics: MeasurementMetrics = {
  steps: 8,
  customerSteps: 7,
  visits: 1,
  documentRequests: 3,
  distinctDocuments: 2,
  waitingMinutes: 30,
  handlingMinutes: 15,
  totalMinutes: 45,
  fees: 50,
  entities: 2,
  satisfaction: 3,
  complaintRatePer1000: 2,
  observedWaitMinutes: null,
  observedServiceMinutes: 8,
  transactions: 1500,
  complaints: 3,
  surveyResponses: 120,
};

function record(over: Partial<MeasurementRecord>, metrics: Partial<MeasurementMetrics> = {}): MeasurementRecord {
  return {
    journeyId: 'j1',
    mapVersion: 'as_is',
    measuredAt: '2026-02-05T09:00:00Z',
    period: { from: '2026-01-01', to: '2026-01-31' },
    method: 'map_and_cx_data',
    sampleSize: 120,
    sources: [{ kind: 'journey_map', reference: 'j1@as_is' }],
    ...over,
    metrics: { ...baseMetrics, ...metrics },
  };
}

const baseline = record({});
const remeasured = record(
  { mapVersion: 'post_implementation', measuredAt: '2026-08-05T09:00:00Z', period: { from: '2026-07-01', to: '2026-07-31' } },
  { totalMinutes: 20, satisfaction: 4.5, complaintRatePer1000: 2.5, visits: 0, steps: 6 },
);

describe('compareImprovement', () => {
  const report = compareImprovement({
    baseline,
    remeasured,
    promised: { totalMinutes: 15, satisfaction: 4, complaintRatePer1000: 1, visits: 0 },
    minSampleSize: 100,
  });
  const byMetric = Object.fromEntries(report.metrics.map((m) => [m.metric, m]));

  it('judges each metric in its better direction', () => {
    // time: promised 45-15 = 30 fewer minutes, achieved 45-20 = 25 -> 25/30
    expect(byMetric.totalMinutes).toMatchObject({
      promisedImprovement: 30,
      achievedImprovement: 25,
      attainment: 25 / 30,
      status: 'partly_met',
    });
    // satisfaction rises: promised +1, achieved +1.5
    expect(byMetric.satisfaction).toMatchObject({ promisedImprovement: 1, achievedImprovement: 1.5, attainment: 1.5, status: 'met' });
    // complaints: promised 2 -> 1, got 2.5: improvement -0.5
    expect(byMetric.complaintRatePer1000).toMatchObject({
      promisedImprovement: 1,
      achievedImprovement: -0.5,
      attainment: -0.5,
      status: 'worse',
    });
    expect(byMetric.visits).toMatchObject({ attainment: 1, status: 'met' });
    expect(byMetric.steps).toMatchObject({ achievedImprovement: 2, promised: null, status: 'no_target' });
    expect(byMetric.fees!.status).toBe('no_change');
    expect(byMetric.observedWaitMinutes!.status).toBe('no_data');
  });

  it('accepts like-for-like measurements', () => {
    // both periods 31 days, same method, later, 120 >= 100 answers
    expect(report).toMatchObject({ comparable: true, issues: [] });
  });

  it('flags measurements that are not like for like', () => {
    const other = record({
      method: 'mystery_shopping',
      measuredAt: '2026-01-20T00:00:00Z',
      period: { from: '2026-01-01', to: '2026-01-30' },
      sampleSize: 40,
    });
    expect(compareImprovement({ baseline, remeasured: other, promised: {}, minSampleSize: 100 }).issues).toEqual([
      'different_method',
      'not_after_baseline',
      'different_period_length',
      'small_sample',
    ]);
  });
});
