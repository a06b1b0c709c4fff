import { describe, it, expect } from 'vitest';
import { scoreEntity } from './weighted-total.ts';
import { framework } from './framework-schema.ts';
import { sampleFramework } from './framework.fixture.ts';

const fw = framework.parse(sampleFramework());
const scores = { 'C1.1': 80, 'C1.2': 60, C2: 50, P2: 70 };

describe('scoreEntity', () => {
  it('weights leaves into branch, pillar and total scores', () => {
    // C1.1 0.8x100 = 80, C1.2 0.6x200 = 120 -> C1 200; C2 0.5x300 = 150 -> P1 350 of 600;
    // P2 0.7x400 = 280 -> total 630 of 1000 = 63%.
    const result = scoreEntity(fw, { entityType: 'service_entity', leafPercents: scores });
    expect(result.total).toBeCloseTo(630, 9);
    expect(result.maxTotal).toBe(1000);
    expect(result.percent).toBeCloseTo(63, 9);
    expect(result.pillars.map((p) => [p.code, p.points, p.maxPoints])).toEqual([
      ['P1', 350, 600],
      ['P2', 280, 400],
    ]);
    expect(result.pillars[0]!.percent).toBeCloseTo(58.333333, 5); // 350 / 600
    expect(result.nodes.C1).toMatchObject({ code: 'C1', pillar: 'P1', points: 200, maxPoints: 300 });
    expect(result.nodes.C1!.percent).toBeCloseTo(66.666667, 5); // 200 / 300
    expect(result.missing).toEqual([]);
  });

  it('rescales over applicable nodes for an entity type', () => {
    // Ministry: C2 does not apply, C1.1 worth 200, C1.2 400 -> 160 + 240 = 400 of 600; P2 280; total 680.
    const result = scoreEntity(fw, { entityType: 'ministry', leafPercents: scores });
    expect(result.total).toBeCloseTo(680, 9);
    expect(result.percent).toBeCloseTo(68, 9);
    expect(result.notApplicable).toEqual(['C2']);
    expect(result.nodes.C2).toBeUndefined();
  });

  it('treats a leaf scored null as not applicable', () => {
    // C1.1 N/A: C1.2 gets C1's 300 -> 180; C2 150; P2 280 -> 610.
    const result = scoreEntity(fw, { entityType: 'service_entity', leafPercents: { ...scores, 'C1.1': null } });
    expect(result.total).toBeCloseTo(610, 9);
    expect(result.notApplicable).toEqual(['C1.1']);
  });

  it('counts a missing leaf as 0 and reports it', () => {
    // 80 + 120 + 0 + 280 = 480
    const { C2: _omitted, ...partial } = scores;
    const result = scoreEntity(fw, { entityType: 'service_entity', leafPercents: partial });
    expect(result.total).toBeCloseTo(480, 9);
    expect(result.missing).toEqual(['C2']);
  });

  it('has no percent when everything is not applicable', () => {
    const result = scoreEntity(fw, { entityType: 'ministry', leafPercents: { 'C1.1': null, 'C1.2': null, P2: null } });
    expect(result).toMatchObject({ total: 0, maxTotal: 0, percent: null, pillars: [], missing: [] });
  });

  it('scores 0 with every leaf missing (empty input)', () => {
    const result = scoreEntity(fw, { entityType: 'service_entity', leafPercents: {} });
    expect(result.total).toBe(0);
    expect(result.percent).toBe(0);
    expect(result.missing).toEqual(['C1.1', 'C1.2', 'C2', 'P2']);
  });
});
