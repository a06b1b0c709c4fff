import { describe, it, expect } from 'vitest';
import { baselineFigures, bundleComparison, documentStatuses, elapsedDays, targetFigures } from './bundle-metrics.ts';
import { bundleSchema, type Bundle } from './bundle.ts';
import type { BundleDesign } from './bundle-design.ts';
import type { BundleService } from './bundle-service.ts';

const t = (en: string) => ({ ar: en, en });

function service(
  id: string,
  providedBy: BundleService['providedBy'],
  steps: number,
  visits: number,
  docs: string[],
  days: number,
  group: number,
  fees: number,
): BundleService {
  return {
    id,
    name: t(id),
    providedBy,
    baseline: { steps, visits, fees, typicalDays: days, channels: visits > 0 ? ['service_centre'] : ['website'] },
    requiredDocumentIds: docs,
    parallelGroup: group,
  };
}

// The real example: 8 services, 15 steps, 16 documents, 7 visits, 30 days.
const services: BundleService[] = [
  service('notify', 'MOH', 2, 1, ['d1', 'd2'], 1, 1, 0),
  service('certificate', 'MOI', 2, 1, ['d1', 'd3', 'd2'], 3, 2, 10),
  service('id-card', 'MOI', 2, 1, ['d4', 'd5'], 7, 3, 20),
  service('passport', 'MOI', 2, 1, ['d4', 'd5', 'd6'], 5, 3, 100),
  service('health-card', 'MOH', 2, 1, ['d4', 'd6'], 2, 4, 0),
  service('allowance', 'MOSD', 2, 1, ['d4', 'd7'], 14, 4, 0),
  service('housing', 'HA', 2, 1, ['d4'], 5, 5, 0),
  service('nursery', 'MOE', 1, 0, ['d4'], 3, 5, 0),
];

const design: BundleDesign = {
  platforms: [{ id: 'portal', name: t('Portal'), channels: ['website', 'mobile_app'] }],
  steps: [
    {
      id: 't1',
      title: t('notify'),
      platformId: 'portal',
      replacesServiceIds: ['notify', 'certificate'],
      visit: false,
      fees: 0,
      typicalDays: 1,
      parallelGroup: 1,
    },
    {
      id: 't2',
      title: t('documents'),
      platformId: 'portal',
      replacesServiceIds: ['id-card', 'passport'],
      visit: true,
      fees: 120,
      typicalDays: 2,
      parallelGroup: 2,
    },
    {
      id: 't3',
      title: t('health'),
      platformId: 'portal',
      replacesServiceIds: ['health-card'],
      visit: false,
      fees: 0,
      typicalDays: 1,
      parallelGroup: 2,
    },
    {
      id: 't4',
      title: t('allowance'),
      platformId: 'portal',
      replacesServiceIds: ['allowance'],
      visit: false,
      fees: 0,
      typicalDays: 2,
      parallelGroup: 3,
    },
    {
      id: 't5',
      title: t('housing'),
      platformId: 'portal',
      replacesServiceIds: ['housing', 'nursery'],
      visit: true,
      fees: 0,
      typicalDays: 1,
      parallelGroup: 3,
    },
  ],
  documents: [
    { documentId: 'd3', status: 'eliminated', heldBy: 'MOJ', basis: { kind: 'data_sharing_agreement', reference: 'DSA-MOJ-MOI-7' } },
    { documentId: 'd4', status: 'eliminated', heldBy: 'MOI', basis: { kind: 'consent', reference: 'consent:birth-record' } },
    { documentId: 'd1', status: 'required' },
  ],
};

const bundle: Bundle = {
  id: 'example',
  lifeEvent: 'new_baby',
  name: t('New baby'),
  trigger: { description: t('Birth registered'), signalledBy: 'MOH' },
  eligibility: [t('Citizens')],
  participatingEntities: ['MOH', 'MOI', 'MOSD', 'HA', 'MOE', 'MOJ'],
  governanceGroup: { name: t('Group'), chair: 'MOI', members: ['MOH', 'MOSD', 'HA', 'MOE', 'MOJ'] },
  services,
  documents: ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'].map((id) => ({ id, name: t(id), kind: 'document' as const })),
  designs: [{ version: 1, workshopId: 'w1', recordedAt: '2026-11-01T10:00:00.000Z', design }],
};

describe('elapsedDays', () => {
  it('adds the slowest item of each parallel group', () => {
    // group 1: max(2, 5) = 5; group 2: 3 → 8
    expect(
      elapsedDays([
        { parallelGroup: 1, typicalDays: 2 },
        { parallelGroup: 2, typicalDays: 3 },
        { parallelGroup: 1, typicalDays: 5 },
      ]),
    ).toBe(8);
    expect(elapsedDays([])).toBe(0);
  });
});

describe('bundle metrics on the real example', () => {
  it('the fixture is a valid bundle', () => {
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
  });

  it('baseline: 8 services, 15 steps, 16 documents, 7 visits, 30 days', () => {
    // steps 7×2 + 1 = 15; documents 2+3+2+3+2+2+1+1 = 16; visits 7×1 + 0 = 7
    // days: g1 1 + g2 3 + g3 max(7,5)=7 + g4 max(2,14)=14 + g5 max(5,3)=5 = 30; fees 10+20+100 = 130
    expect(baselineFigures(bundle)).toEqual({ services: 8, steps: 15, documents: 16, visits: 7, days: 30, fees: 130 });
  });

  it('target: 1 platform, 5 steps, 5 documents, 2 visits, 5 days', () => {
    // 7 distinct documents − d3, d4 eliminated = 5; days g1 1 + g2 max(2,1)=2 + g3 max(2,1)=2 = 5
    expect(targetFigures(bundle, design)).toEqual({ services: 1, steps: 5, documents: 5, visits: 2, days: 5, fees: 120 });
  });

  it('before/after difference from the latest design', () => {
    const c = bundleComparison(bundle);
    expect(c?.steps).toEqual({ baseline: 15, target: 5, difference: -10, reduction: 10 / 15 });
    expect(c?.documents.difference).toBe(-11);
    expect(c?.visits.difference).toBe(-5);
    expect(c?.days).toEqual({ baseline: 30, target: 5, difference: -25, reduction: 25 / 30 });
    expect(c?.services.difference).toBe(-7);
    expect(c?.fees.difference).toBe(-10);
  });

  it('has no comparison without a design', () => {
    expect(bundleComparison({ ...bundle, designs: [] })).toBeNull();
  });

  it('lists each asked-for document once, unmentioned ones still required', () => {
    const statuses = documentStatuses(bundle, design);
    expect(statuses.map((s) => `${s.documentId}:${s.status}`)).toEqual([
      'd1:required',
      'd2:required',
      'd3:eliminated',
      'd4:eliminated',
      'd5:required',
      'd6:required',
      'd7:required',
    ]);
  });
});

describe('bundle schema references', () => {
  it('refuses a provider outside the participating entities and a dangling document', () => {
    const broken = { ...bundle, designs: [], services: [{ ...services[0]!, providedBy: 'MOL', requiredDocumentIds: ['nope'] }] };
    const result = bundleSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['provider MOL is not a participating entity', 'unknown document nope']);
  });

  it('refuses an eliminated document without its agreement or consent', () => {
    const bad = { documentId: 'd1', status: 'eliminated', heldBy: 'MOI' };
    const result = bundleSchema.safeParse({ ...bundle, designs: [{ ...bundle.designs[0]!, design: { ...design, documents: [bad] } }] });
    expect(result.success).toBe(false);
  });
});
