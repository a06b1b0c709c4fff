import { describe, it, expect } from 'vitest';
import { measureJourney } from './journey-baseline.ts';
import type { CentreOperationsRow, ComplaintRow, SurveyRow } from './cx-import-rows.ts';
import { journeyMapSchema } from './journey-map.ts';

const map = journeyMapSchema.parse({
  journeyId: 'j1',
  version: 'as_is',
  serviceCodes: ['SVC-1'],
  title: { ar: 'رحلة', en: 'Journey' },
  currency: 'QAR',
  stages: [
    {
      id: 'st',
      title: { ar: 'مرحلة', en: 'Stage' },
      steps: [
        {
          id: 's1',
          title: { ar: 'أ', en: 'A' },
          channel: 'counter',
          entityId: 'MOI',
          visitRequired: true,
          documentIds: ['a', 'b'],
          waitingMinutes: 30,
          handlingMinutes: 10,
          emotion: -1,
        },
        {
          id: 's2',
          title: { ar: 'ب', en: 'B' },
          channel: 'web',
          entityId: 'MOH',
          visitRequired: false,
          documentIds: ['a'],
          waitingMinutes: 0,
          handlingMinutes: 5,
          fee: 50,
          emotion: 0,
        },
      ],
    },
  ],
});

const complaint = (service_code: string, date: string): ComplaintRow => ({
  service_code,
  date,
  channel: 'phone',
  category: 'waiting',
  text: 'x',
});
const survey = (service_code: string, date: string, satisfaction: number): SurveyRow => ({
  service_code,
  date,
  satisfaction,
  centre_code: 'C1',
  channel: 'counter',
});
const ops = (
  centre_code: string,
  date: string,
  transactions_served: number,
  average_wait_minutes: number,
  average_service_minutes: number,
): CentreOperationsRow => ({
  centre_code,
  date,
  transactions_served,
  average_wait_minutes,
  average_service_minutes,
});

const input = {
  map,
  period: { from: '2026-01-01', to: '2026-01-31' },
  measuredAt: '2026-02-05T09:00:00Z',
  method: 'map_and_cx_data' as const,
  sources: [{ kind: 'survey_import' as const, reference: 'import-7' }],
  complaints: [
    complaint('SVC-1', '2026-01-02'),
    complaint('SVC-1', '2026-01-15'),
    complaint('SVC-1', '2026-01-31'),
    complaint('SVC-1', '2026-02-01'),
    complaint('SVC-2', '2026-01-10'),
  ],
  surveys: [
    survey('SVC-1', '2026-01-03', 4),
    survey('SVC-1', '2026-01-04', 5),
    survey('SVC-1', '2026-01-05', 2),
    survey('SVC-1', '2025-12-31', 1),
    survey('SVC-2', '2026-01-05', 1),
  ],
  operations: [ops('C1', '2026-01-10', 1000, 20, 10), ops('C1', '2026-01-11', 500, 5, 4), ops('C2', '2026-01-10', 700, 50, 30)],
  centreCodes: ['C1'],
};

describe('measureJourney', () => {
  it('combines map metrics with the imported data of the period and services', () => {
    const record = measureJourney(input);
    expect(record.metrics).toEqual({
      // map: 2 steps, 1 visit, 2+1 = 3 document requests of 2 documents, wait 30, handling 10+5 = 15, fee 50, MOI+MOH
      steps: 2,
      customerSteps: 2,
      visits: 1,
      documentRequests: 3,
      distinctDocuments: 2,
      waitingMinutes: 30,
      handlingMinutes: 15,
      totalMinutes: 45,
      fees: 50,
      entities: 2,
      satisfaction: 11 / 3, // (4 + 5 + 2) / 3 in period for SVC-1
      complaintRatePer1000: 2, // 3 complaints / (1000 + 500) transactions at C1 * 1000
      observedWaitMinutes: 15, // (20*1000 + 5*500) / 1500
      observedServiceMinutes: 8, // (10*1000 + 4*500) / 1500
      transactions: 1500,
      complaints: 3,
      surveyResponses: 3,
    });
    expect(record.sampleSize).toBe(3);
    expect(record.sources).toEqual([
      { kind: 'journey_map', reference: 'j1@as_is' },
      { kind: 'survey_import', reference: 'import-7' },
    ]);
  });

  it('uses a given transaction volume for the rate', () => {
    // 3 complaints / 600 transactions * 1000 = 5
    expect(measureJourney({ ...input, transactions: 600 }).metrics.complaintRatePer1000).toBe(5);
  });

  it('leaves satisfaction and rates empty without data', () => {
    const m = measureJourney({ ...input, surveys: [], operations: [] }).metrics;
    expect([m.satisfaction, m.complaintRatePer1000, m.observedWaitMinutes, m.transactions]).toEqual([null, null, null, 0]);
  });
});
