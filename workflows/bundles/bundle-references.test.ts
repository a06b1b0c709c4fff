import { describe, expect, it } from 'vitest';
import { bundleReferenceProblems, designImportPlan } from './bundle-references.ts';
import { newBabyBundle } from '../../seeds/bundles/index.ts';

describe('bundle references and design history on import', () => {
  it('points at every entity code the register does not hold', () => {
    const known = new Set(newBabyBundle.participatingEntities);
    expect(bundleReferenceProblems(newBabyBundle, known)).toEqual([]);
    const bad = { ...newBabyBundle, services: newBabyBundle.services.map((s, i) => (i === 1 ? { ...s, providedBy: 'NOPE' } : s)) };
    expect(bundleReferenceProblems(bad, known)).toEqual([{ path: 'services.1.providedBy', messageKey: 'errors.registry.unknownEntity' }]);
  });

  it('appends new design versions, keeps recorded ones, and refuses rewriting or gaps', () => {
    const [first] = newBabyBundle.designs;
    const second = { ...first!, version: 2, recordedAt: '2026-11-01T00:00:00Z' };
    expect(designImportPlan([first!], [first!, second])).toEqual({ append: [second], problems: [] });
    // The same moment written another way is the same version.
    expect(designImportPlan([first!], [{ ...first!, recordedAt: first!.recordedAt.replace('.000Z', 'Z') }]).problems).toEqual([]);
    expect(designImportPlan([first!], [{ ...first!, workshopId: 'other' }]).problems).toEqual([
      { path: 'designs.0', messageKey: 'errors.registry.designRewrite' },
    ]);
    expect(designImportPlan([], [second]).problems).toEqual([
      { path: 'designs.0.version', messageKey: 'errors.registry.designVersionOrder' },
    ]);
  });
});
