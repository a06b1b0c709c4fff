import { describe, it, expect } from 'vitest';
import { journeyMapSchema, journeySteps } from '../../workflows/journeys/journey-map.ts';
import { diffJourneyMaps } from '../../workflows/journeys/journey-diff.ts';
import { documentTypes } from '../services/documents.ts';
import { serviceEntities } from '../services/entities.ts';
import { serviceCatalogue } from '../services/service-catalogue.ts';
import { newbornAsIs, newbornToBe, priorityJourneyAsIsMaps, seededJourneyMaps } from './index.ts';

const entityCodes = new Set<string>(serviceEntities.map((e) => e.code));
const documentIds = new Set<string>(documentTypes.map((d) => d.id));
const serviceCodes = new Set(serviceCatalogue.map((s) => s.code));

describe('seeded journeys', () => {
  it('are five priority journeys, each passing the schema', () => {
    expect(priorityJourneyAsIsMaps.map((m) => m.journeyId)).toEqual([
      'newborn',
      'residence-renewal',
      'small-business',
      'marriage',
      'jobseeker',
    ]);
    for (const map of seededJourneyMaps) {
      const parsed = journeyMapSchema.safeParse(map);
      expect(parsed.success, `${map.journeyId}@${map.version}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('reference known services, entities and documents', () => {
    for (const input of seededJourneyMaps) {
      const map = journeyMapSchema.parse(input);
      const where = `${map.journeyId}@${map.version}`;
      expect(
        map.serviceCodes.filter((c) => !serviceCodes.has(c)),
        where,
      ).toEqual([]);
      for (const step of journeySteps(map)) {
        expect(entityCodes.has(step.entityId), `${where} ${step.id}`).toBe(true);
        expect(
          step.documentIds.filter((d) => !documentIds.has(d)),
          `${where} ${step.id}`,
        ).toEqual([]);
      }
    }
  });
});

describe('newborn as-is -> to-be diff', () => {
  const diff = diffJourneyMaps(journeyMapSchema.parse(newbornAsIs), journeyMapSchema.parse(newbornToBe));

  it('finds the merges, changes, addition and removal', () => {
    expect(diff.changes.map((c) => [c.kind, c.fromStepIds, c.toStepIds])).toEqual([
      ['merged', ['nb-01', 'nb-03', 'nb-05'], ['nb-t01']],
      ['changed', ['nb-02'], ['nb-02']],
      ['changed', ['nb-04'], ['nb-04']],
      ['merged', ['nb-06', 'nb-07'], ['nb-t02']],
      ['added', [], ['nb-t03']],
      ['removed', ['nb-08'], []],
    ]);
    expect(diff.changes[1]!.changedFields).toEqual(['title', 'channel', 'handlingMinutes']);
    // nb-04 moved from the 'register' stage into 'birth'
    expect(diff.changes[2]!.changedFields).toEqual(['title', 'stage', 'channel', 'handlingMinutes']);
    expect(diff.unknownSourceIds).toEqual([]);
  });

  it('saves what the hand count says, per step', () => {
    // nb-01+nb-03+nb-05 -> nb-t01: visits 3 -> 0; document requests 2+3+1 = 6 -> 1 (distinct 3 -> 1);
    // waiting 40+45+30 = 115 -> 0; handling 15+15+10 = 40 -> 10; fee 20 -> 20; entities HMC+MOI -> MOI
    expect(diff.changes[0]!.saved).toEqual({
      steps: 2,
      customerSteps: 2,
      visits: 3,
      documentRequests: 5,
      distinctDocuments: 2,
      waitingMinutes: 115,
      handlingMinutes: 30,
      totalMinutes: 145,
      fees: 0,
      entities: 1,
    });
    expect(diff.changes[1]!.saved.totalMinutes).toBe(9); // 10 -> 1
    expect(diff.changes[2]!.saved.totalMinutes).toBe(15); // 20 -> 5
    // nb-06+nb-07 -> nb-t02: visits 2 -> 0; requests 3+1 = 4 -> 1; waiting 35+20 = 55 -> 0; handling 10+5 = 15 -> 5
    expect(diff.changes[3]!.saved).toMatchObject({
      visits: 2,
      documentRequests: 3,
      waitingMinutes: 55,
      handlingMinutes: 10,
      totalMinutes: 65,
      fees: 0,
    });
    expect(diff.changes[4]!.saved).toMatchObject({ steps: -1, customerSteps: 0, totalMinutes: -1, entities: -1 });
    expect(diff.changes[5]!.saved).toMatchObject({ steps: 1, visits: 1, documentRequests: 2, totalMinutes: 40 });
  });

  it('saves what the hand count says, in total', () => {
    // as-is: 8 steps (6 customer-facing), 6 visits, 12 document requests of 5 documents,
    //   waiting 40+0+45+0+30+35+20+30 = 200, handling 15+10+15+20+10+10+5+10 = 95, fees 20+100 = 120, HMC+MOI+MOH
    // to-be: 5 steps (2 customer-facing), 0 visits, 2 requests of 2 documents, waiting 0,
    //   handling 10+1+5+5+1 = 22, fees 120, HMC+MOI+MOH
    expect(diff.totals.before).toMatchObject({ steps: 8, visits: 6, documentRequests: 12, totalMinutes: 295, fees: 120, entities: 3 });
    expect(diff.totals.saved).toEqual({
      steps: 3,
      customerSteps: 4,
      visits: 6,
      documentRequests: 10,
      distinctDocuments: 3,
      waitingMinutes: 200,
      handlingMinutes: 73,
      totalMinutes: 273,
      fees: 0,
      entities: 0,
    });
    // per-group minutes add up: 145 + 9 + 15 + 65 - 1 + 40 = 273
    expect(diff.changes.reduce((n, c) => n + c.saved.totalMinutes, 0)).toBe(273);
  });
});
