import { describe, it, expect } from 'vitest';
import { causesOfComplaint, causesOfStep, checkRootCauseLinks, countCausesByType, rootCauseSchema } from './root-cause.ts';
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
          waitingMinutes: 30,
          handlingMinutes: 10,
          emotion: -1,
        },
      ],
    },
  ],
});

const cause = rootCauseSchema.parse({
  id: 'rc1',
  journeyId: 'j1',
  type: 'system',
  statement: { ar: 'لا يوجد ربط إلكتروني بين الجهتين', en: 'The two entities share no data link' },
  whyChain: [
    { question: 'Why do customers wait at the counter?', answer: 'Staff re-type the hospital notice.' },
    { question: 'Why re-type it?', answer: 'The notice arrives on paper.' },
    { question: 'Why on paper?', answer: 'There is no data link between the hospital system and the registry.' },
  ],
  stepIds: ['s1', 's9'],
  complaintIds: ['c1', 'c2'],
});

describe('root causes', () => {
  it('refuses a cause with no why or no step', () => {
    expect(rootCauseSchema.safeParse({ ...cause, whyChain: [] }).success).toBe(false);
    expect(rootCauseSchema.safeParse({ ...cause, stepIds: [] }).success).toBe(false);
    expect(rootCauseSchema.safeParse({ ...cause, type: 'people' }).success).toBe(false);
  });

  it('finds links to missing steps and complaints', () => {
    expect(checkRootCauseLinks(cause, map, new Set(['c1']))).toEqual({ unknownStepIds: ['s9'], unknownComplaintIds: ['c2'] });
  });

  it('traces steps and complaints back to causes and counts by type', () => {
    const other = { ...cause, id: 'rc2', type: 'policy' as const, stepIds: ['s2'], complaintIds: ['c2'] };
    expect(causesOfStep([cause, other], 's1').map((c) => c.id)).toEqual(['rc1']);
    expect(causesOfComplaint([cause, other], 'c2').map((c) => c.id)).toEqual(['rc1', 'rc2']);
    expect(countCausesByType([cause, other])).toEqual({ policy: 1, process: 0, system: 1, data: 0, capacity: 0 });
  });
});
