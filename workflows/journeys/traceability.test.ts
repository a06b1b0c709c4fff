import { describe, expect, it } from 'vitest';
import { traceFrom, type TraceInput } from './traceability.ts';
import type { StepChange } from './journey-diff.ts';
import type { JourneyMetrics } from './journey-metrics.ts';

const zero: JourneyMetrics = {
  steps: 0,
  customerSteps: 0,
  visits: 0,
  documentRequests: 0,
  distinctDocuments: 0,
  waitingMinutes: 0,
  handlingMinutes: 0,
  totalMinutes: 0,
  fees: 0,
  entities: 0,
};
const change = (key: string, kind: StepChange['kind'], from: string[], to: string[]): StepChange => ({
  key,
  kind,
  fromStepIds: from,
  toStepIds: to,
  changedFields: [],
  before: zero,
  after: zero,
  saved: zero,
});

// Two complaints (c1 queue, c2 documents); r1 explains c1 at step s1, r2 explains c2 at s2.
// o1 addresses s1 and is realised by removing s1 (change k1), done by action a1; result k1' covers s1.
const input: TraceInput = {
  complaints: [
    { id: 'c1', category: 'queue' },
    { id: 'c2', category: 'documents' },
  ],
  rootCauses: [
    {
      id: 'r1',
      journeyId: 'j',
      type: 'process',
      statement: { ar: 'أ', en: 'a' },
      whyChain: [{ question: 'q', answer: 'a' }],
      stepIds: ['s1'],
      complaintIds: ['c1'],
      complaintCategories: [],
    },
    {
      id: 'r2',
      journeyId: 'j',
      type: 'data',
      statement: { ar: 'ب', en: 'b' },
      whyChain: [{ question: 'q', answer: 'a' }],
      stepIds: ['s2'],
      complaintIds: [],
      complaintCategories: ['documents'],
    },
  ],
  stepIds: ['s1', 's2'],
  opportunities: [
    {
      id: 'o1',
      journeyId: 'j',
      title: { ar: 'ف', en: 'o' },
      stepIds: ['s1'],
      rootCauseIds: ['r1'],
      customerValue: 5,
      governmentValue: 3,
      effort: 2,
    },
  ],
  changes: [change('removed:s1>', 'removed', ['s1'], []), change('unchanged:s2>s2', 'unchanged', ['s2'], ['s2'])],
  actions: [{ id: 'a1', changeKeys: ['removed:s1>'], opportunityIds: ['o1'] }],
  results: [change('removed:s1>', 'removed', ['s1'], [])],
};

describe('traceFrom', () => {
  it('walks from a complaint down to the re-measured result', () => {
    const t = traceFrom(input, { type: 'complaint', id: 'c1' });
    expect(t.nodes).toEqual({
      complaint: ['c1'],
      root_cause: ['r1'],
      step: ['s1'],
      opportunity: ['o1'],
      change: ['removed:s1>'],
      action: ['a1'],
      result: ['removed:s1>'],
    });
  });

  it('walks from an action back up to the complaint, without the other step’s chain', () => {
    const t = traceFrom(input, { type: 'action', id: 'a1' });
    expect(t.nodes.complaint).toEqual(['c1']);
    expect(t.nodes.root_cause).toEqual(['r1']);
    expect(t.nodes.result).toEqual(['removed:s1>']);
  });

  it('links complaints by category and stops where nothing was planned', () => {
    const t = traceFrom(input, { type: 'complaint', id: 'c2' });
    expect(t.nodes).toEqual({ complaint: ['c2'], root_cause: ['r2'], step: ['s2'], opportunity: [], change: [], action: [], result: [] });
  });
});
