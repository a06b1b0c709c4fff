import { describe, it, expect } from 'vitest';
import { parseFramework, formatPath } from './framework-validation.ts';
import { sampleFramework } from './framework.fixture.ts';

function errorsOf(input: unknown) {
  const result = parseFramework(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseFramework', () => {
  it('accepts a framework whose weights add up', () => {
    const result = parseFramework(sampleFramework());
    expect(result.ok).toBe(true);
  });

  it('formats paths as nodes[2].children[0].weight', () => {
    expect(formatPath(['nodes', 2, 'children', 0, 'weight'])).toBe('nodes[2].children[0].weight');
  });

  it('reports structural errors at their path', () => {
    const fw = sampleFramework();
    (fw.nodes[0] as { kind: string }).kind = 'process';
    const errors = errorsOf(fw);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'schema', path: 'nodes[0].kind', messageKey: 'excellence.framework.errors.schema' }),
    ]);
  });

  it('reports structural errors deep in the tree with their full path', () => {
    const fw = sampleFramework();
    fw.nodes[0]!.children![0]!.children![1]!.weight = -5;
    expect(errorsOf(fw).map((e) => [e.code, e.path])).toEqual([['schema', 'nodes[0].children[0].children[1].weight']]);
  });

  it('refuses input that is not a framework at all', () => {
    expect(errorsOf(null)[0]).toMatchObject({ code: 'schema', path: '' });
    expect(errorsOf({ ...sampleFramework(), nodes: [] }).map((e) => e.path)).toEqual(['nodes']);
  });

  it('refuses children that do not add up to the parent (points mode)', () => {
    const fw = sampleFramework();
    // C1.1 100 -> 150: C1's children now add to 150 + 200 = 350, not 300.
    fw.nodes[0]!.children![0]!.children![0]!.weight = 150;
    const errors = errorsOf(fw);
    expect(errors).toEqual([
      {
        code: 'weights_sum',
        messageKey: 'excellence.framework.errors.weights_sum',
        path: 'nodes[0].children[0].children[1].weight',
        params: { expected: 300, actual: 350 },
      },
    ]);
  });

  it('refuses top-level weights that do not add up to the total', () => {
    const fw = sampleFramework();
    fw.totalPoints = 900;
    expect(errorsOf(fw).map((e) => [e.code, e.path, e.params])).toEqual([
      ['weights_sum', 'nodes[1].weight', { expected: 900, actual: 1000 }],
    ]);
  });

  it('in percent mode every level adds up to 100', () => {
    const fw = sampleFramework();
    fw.mode = 'percent';
    delete fw.totalPoints;
    fw.nodes[0]!.weight = 60;
    fw.nodes[1]!.weight = 40;
    fw.nodes[0]!.children![0]!.weight = 50;
    fw.nodes[0]!.children![1]!.weight = 50;
    fw.nodes[0]!.children![0]!.children![0]!.weight = 30;
    fw.nodes[0]!.children![0]!.children![1]!.weight = 60; // 30 + 60 = 90, not 100
    expect(errorsOf(fw).map((e) => [e.code, e.path])).toEqual([['weights_sum', 'nodes[0].children[0].children[1].weight']]);
  });

  it('requires totalPoints in points mode', () => {
    const fw = sampleFramework();
    delete fw.totalPoints;
    expect(errorsOf(fw).map((e) => e.code)).toEqual(['total_points_required']);
  });

  it('refuses duplicate node codes, pointing at the second one', () => {
    const fw = sampleFramework();
    fw.nodes[1]!.code = 'C1.2';
    const errors = errorsOf(fw).filter((e) => e.code === 'duplicate_node_code');
    expect(errors).toEqual([
      expect.objectContaining({ path: 'nodes[1].code', params: { code: 'C1.2', firstPath: 'nodes[0].children[0].children[1]' } }),
    ]);
  });

  it('refuses bands with a gap, not in steps of 5, or not covering 0..100', () => {
    const fw = sampleFramework();
    const bands = fw.scoring.bands.bands;
    bands[1] = { ...bands[1]!, min: 15 }; // previous max 5 -> expected 10
    bands[2] = { ...bands[2]!, max: 47 };
    bands[5] = { ...bands[5]!, max: 95 };
    bands[0] = { ...bands[0]!, min: 5 };
    const codes = errorsOf(fw).map((e) => [e.code, e.path]);
    expect(codes).toEqual([
      ['band_gap', 'scoring.bands.bands[1].min'],
      ['band_not_step', 'scoring.bands.bands[2].max'],
      ['band_gap', 'scoring.bands.bands[3].min'],
      ['bands_must_start_at_0', 'scoring.bands.bands[0].min'],
      ['bands_must_end_at_100', 'scoring.bands.bands[5].max'],
    ]);
  });

  it('refuses thresholds that are not ascending', () => {
    const fw = sampleFramework();
    fw.maturityLevels![2]!.minPercent = 40;
    fw.classification!.tiers[1]!.minPercent = 55;
    expect(errorsOf(fw).map((e) => [e.code, e.path])).toEqual([
      ['thresholds_not_ascending', 'maturityLevels[2].minPercent'],
      ['thresholds_not_ascending', 'classification.tiers[1].minPercent'],
    ]);
  });

  it('refuses attribute and composite weights that do not add up to 100', () => {
    const fw = sampleFramework();
    fw.scoring.attributes!.enabler![0]!.weight = 50;
    fw.classification!.composite = [
      { source: 'assessment', name: { ar: 'التقييم', en: 'Assessment' }, weight: 35 },
      { source: 'customer_feedback', name: { ar: 'آراء المتعاملين', en: 'Customer feedback' }, weight: 60 },
    ];
    expect(errorsOf(fw).map((e) => [e.code, e.path, e.params.actual])).toEqual([
      ['attribute_weights_sum', 'scoring.attributes.enabler[2].weight', 110],
      ['composite_weights_sum', 'classification.composite[1].weight', 95],
    ]);
  });

  it('refuses unknown entity types and pillars, and checklist leaves without items', () => {
    const fw = sampleFramework();
    fw.nodes[0]!.children![1]!.applicability = ['school'];
    fw.classification!.tiers[1]!.pillarMinimums = [{ pillar: 'P9', minPercent: 50 }];
    fw.nodes[1]!.method = 'checklist';
    expect(errorsOf(fw).map((e) => [e.code, e.path])).toEqual([
      ['unknown_entity_type', 'nodes[0].children[1].applicability[0]'],
      ['checklist_items_missing', 'nodes[1].items'],
      ['unknown_pillar', 'classification.tiers[1].pillarMinimums[0].pillar'],
    ]);
  });

  it('refuses attribute scoring for a kind with no attribute set', () => {
    const fw = sampleFramework();
    fw.nodes[1]!.method = 'attributes'; // P2 is a result; only enabler attributes exist
    expect(errorsOf(fw).map((e) => [e.code, e.path])).toEqual([['method_needs_attributes', 'nodes[1].method']]);
  });

  it('checks override weights per entity type where all siblings apply', () => {
    const fw = sampleFramework();
    // For ministries P1 500 + P2 400 = 900, not 1000.
    fw.nodes[0]!.weightOverrides = { ministry: 500 };
    expect(errorsOf(fw).map((e) => [e.code, e.path, e.params])).toEqual([
      ['override_weights_sum', 'nodes[1].weightOverrides.ministry', { entityType: 'ministry', expected: 1000, actual: 900 }],
    ]);
    fw.nodes[1]!.weightOverrides = { ministry: 500 };
    // P1's children for ministries: C2 does not apply to ministries, so no sum is required there.
    expect(parseFramework(fw).ok).toBe(true);
  });
});
