import { describe, it, expect } from 'vitest';
import { journeyMapSchema, journeySteps, stepCount } from './journey-map.ts';
import type { JourneyMapInput, JourneyStepInput } from './journey-map.ts';

const step = (id: string, over: Partial<JourneyStepInput> = {}): JourneyStepInput => ({
  id,
  title: { ar: 'خطوة', en: 'Step' },
  channel: 'web',
  entityId: 'MOI',
  visitRequired: false,
  waitingMinutes: 0,
  handlingMinutes: 5,
  emotion: 0,
  ...over,
});

const map = (stages: JourneyMapInput['stages']): JourneyMapInput => ({
  journeyId: 'j',
  version: 'as_is',
  serviceCodes: ['S'],
  title: { ar: 'رحلة', en: 'Journey' },
  currency: 'QAR',
  stages,
});

describe('journeyMapSchema', () => {
  it('fills defaults and keeps journey order across stages', () => {
    const parsed = journeyMapSchema.parse(
      map([
        { id: 'a', title: { ar: 'أ', en: 'A' }, steps: [step('s1'), step('s2')] },
        { id: 'b', title: { ar: 'ب', en: 'B' }, steps: [step('s3')] },
      ]),
    );
    expect(journeySteps(parsed).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(stepCount(parsed)).toBe(3);
    expect(journeySteps(parsed)[0]).toMatchObject({ documentIds: [], fee: 0, painPoints: [], backstage: false, fromStepIds: [] });
  });

  it('refuses duplicate step ids across stages', () => {
    const result = journeyMapSchema.safeParse(
      map([
        { id: 'a', title: { ar: 'أ', en: 'A' }, steps: [step('s1')] },
        { id: 'b', title: { ar: 'ب', en: 'B' }, steps: [step('s1')] },
      ]),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.message, i.path.join('.')])).toEqual([
      ['journey_map.duplicate_step_id', 'stages.1.steps.0.id'],
    ]);
  });

  it('refuses emotions outside -2..2, unknown channels and negative times', () => {
    const bad = (over: Partial<JourneyStepInput>) =>
      journeyMapSchema.safeParse(map([{ id: 'a', title: { ar: 'أ', en: 'A' }, steps: [step('s1', over)] }])).success;
    expect(bad({ emotion: 2 })).toBe(true);
    expect(bad({ emotion: 3 })).toBe(false);
    expect(bad({ emotion: 0.5 })).toBe(false);
    expect(bad({ channel: 'fax' as 'web' })).toBe(false);
    expect(bad({ waitingMinutes: -1 })).toBe(false);
  });
});
