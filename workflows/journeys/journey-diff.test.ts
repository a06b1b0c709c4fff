import { describe, it, expect } from 'vitest';
import { diffJourneyMaps } from './journey-diff.ts';
import type { JourneyMap, JourneyMapVersion, JourneyStepInput } from './journey-map.ts';
import { journeyMapSchema } from './journey-map.ts';

function step(id: string, over: Partial<JourneyStepInput>): JourneyStepInput {
  return {
    id,
    title: { ar: `خطوة ${id}`, en: `Step ${id}` },
    channel: 'counter',
    entityId: 'MOI',
    visitRequired: false,
    waitingMinutes: 0,
    handlingMinutes: 0,
    emotion: 0,
    ...over,
  };
}

function map(version: JourneyMapVersion, steps: JourneyStepInput[]): JourneyMap {
  return journeyMapSchema.parse({
    journeyId: 'j1',
    version,
    serviceCodes: ['SVC-1'],
    title: { ar: 'رحلة', en: 'Journey' },
    currency: 'QAR',
    stages: [{ id: 'st1', title: { ar: 'مرحلة', en: 'Stage' }, steps }],
  });
}

const asIs = map('as_is', [
  step('s1', { visitRequired: true, documentIds: ['passport', 'photo'], waitingMinutes: 30, handlingMinutes: 10, emotion: -1 }),
  step('s2', { visitRequired: true, documentIds: ['passport'], waitingMinutes: 20, handlingMinutes: 15, fee: 100, emotion: -2 }),
  step('s3', { channel: 'web', entityId: 'MOH', documentIds: ['birth_notice'], handlingMinutes: 5 }),
  step('s4', { channel: 'mail', waitingMinutes: 60, fee: 20, emotion: 1 }),
  step('s5', {
    entityId: 'MUN',
    visitRequired: true,
    documentIds: ['lease'],
    waitingMinutes: 15,
    handlingMinutes: 10,
    fee: 50,
    emotion: -1,
  }),
]);

const toBe = map('to_be', [
  step('m1', { fromStepIds: ['s1', 's2'], channel: 'app', documentIds: ['passport'], handlingMinutes: 10, fee: 100, emotion: 1 }),
  step('s3', { channel: 'web', entityId: 'MOH', documentIds: ['birth_notice'], handlingMinutes: 5 }),
  step('s4', { channel: 'app', waitingMinutes: 0, fee: 20, emotion: 1 }),
  step('n1', { entityId: 'MUN', handlingMinutes: 5, backstage: true }),
]);

describe('diffJourneyMaps', () => {
  const diff = diffJourneyMaps(asIs, toBe);

  it('classifies every group of linked steps, in to-be order then removed', () => {
    expect(diff.changes.map((c) => [c.kind, c.fromStepIds, c.toStepIds])).toEqual([
      ['merged', ['s1', 's2'], ['m1']],
      ['unchanged', ['s3'], ['s3']],
      ['changed', ['s4'], ['s4']],
      ['added', [], ['n1']],
      ['removed', ['s5'], []],
    ]);
    expect(diff.counts).toEqual({ removed: 1, added: 1, merged: 1, split: 0, regrouped: 0, changed: 1, unchanged: 1 });
    expect(diff.changes[2]!.changedFields).toEqual(['channel', 'waitingMinutes']);
    expect(diff.changes[0]!.key).toBe('merged:s1+s2>m1');
  });

  it('computes savings of a merge', () => {
    // before s1+s2: visits 2, docs 2+1=3 (distinct passport, photo = 2), wait 30+20=50, handling 10+15=25, fee 100
    // after m1: visits 0, docs 1, wait 0, handling 10, fee 100
    expect(diff.changes[0]!.saved).toEqual({
      steps: 1,
      customerSteps: 1,
      visits: 2,
      documentRequests: 2,
      distinctDocuments: 1,
      waitingMinutes: 50,
      handlingMinutes: 15,
      totalMinutes: 65,
      fees: 0,
      entities: 0,
    });
  });

  it('counts removed steps as saved and added ones as cost', () => {
    expect(diff.changes[4]!.saved).toMatchObject({ steps: 1, visits: 1, documentRequests: 1, totalMinutes: 25, fees: 50, entities: 1 });
    // added backstage step: one more step, none the customer sees, 5 more minutes, MUN touched again
    expect(diff.changes[3]!.saved).toMatchObject({ steps: -1, customerSteps: 0, totalMinutes: -5, entities: -1 });
  });

  it('computes totals from whole maps', () => {
    // before: 5 steps, visits s1,s2,s5 = 3, doc requests 2+1+1+0+1 = 5, distinct 4,
    //   waiting 30+20+0+60+15 = 125, handling 10+15+5+0+10 = 40, fees 100+20+50 = 170, entities MOI,MOH,MUN = 3
    // after: 4 steps (3 customer-facing), no visits, doc requests 1+1 = 2, distinct 2,
    //   waiting 0, handling 10+5+0+5 = 20, fees 100+20 = 120, entities 3
    expect(diff.totals.saved).toEqual({
      steps: 1,
      customerSteps: 2,
      visits: 3,
      documentRequests: 3,
      distinctDocuments: 2,
      waitingMinutes: 125,
      handlingMinutes: 20,
      totalMinutes: 145,
      fees: 50,
      entities: 0,
    });
    // group savings add up to the total (entities aside): 65 + 0 + 60 - 5 + 25 = 145
    expect(diff.changes.reduce((n, c) => n + c.saved.totalMinutes, 0)).toBe(145);
  });

  it('follows links through an intermediate version', () => {
    const post = map('post_implementation', [
      step('p1', { fromStepIds: ['m1'], channel: 'app', documentIds: ['passport'], handlingMinutes: 8, fee: 100, emotion: 1 }),
      step('s3', { channel: 'web', entityId: 'MOH', documentIds: ['birth_notice'], handlingMinutes: 5 }),
    ]);
    const d = diffJourneyMaps(asIs, post, { via: [toBe] });
    expect(d.changes.map((c) => [c.kind, c.fromStepIds, c.toStepIds])).toEqual([
      ['merged', ['s1', 's2'], ['p1']],
      ['unchanged', ['s3'], ['s3']],
      ['removed', ['s4'], []],
      ['removed', ['s5'], []],
    ]);
    // 165 minutes before; after 8 + 5 = 13
    expect(d.totals.saved.totalMinutes).toBe(152);
    expect(d.unknownSourceIds).toEqual([]);
  });

  it('reports splits and unknown sources', () => {
    const split = map('to_be', [
      step('a', { fromStepIds: ['s2'] }),
      step('b', { fromStepIds: ['s2'] }),
      step('x', { fromStepIds: ['ghost'] }),
    ]);
    const d = diffJourneyMaps(asIs, split);
    expect(d.changes[0]).toMatchObject({ kind: 'split', fromStepIds: ['s2'], toStepIds: ['a', 'b'] });
    expect(d.changes[1]).toMatchObject({ kind: 'added', toStepIds: ['x'] });
    expect(d.unknownSourceIds).toEqual(['ghost']);
    expect(d.counts.removed).toBe(4);
  });
});
