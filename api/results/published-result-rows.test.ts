import { describe, it, expect } from 'vitest';
import { cycleResults } from '../../workflows/excellence/cycle-results.ts';
import { framework } from '../../workflows/excellence/framework-schema.ts';
import { sampleFramework } from '../../workflows/excellence/framework.fixture.ts';
import { publishedNodeRows, publishedResultRows } from './published-result-rows.ts';

const fw = framework.parse(sampleFramework());
const cycle = {
  cycleId: 'c-1',
  number: 3,
  year: 2026,
  frameworkCode: fw.code,
  frameworkVersion: 2,
  subjectKind: 'centre' as const,
  publishedAt: new Date('2026-11-30T09:00:00Z'),
};

describe('publishedResultRows', () => {
  it('writes one result row per subject in rank order, owned by its entity, and one row per node', () => {
    const { results } = cycleResults(
      fw,
      [
        { id: 'centre-a', entityType: 'service_entity', leafPercents: { 'C1.1': 80, 'C1.2': 60, C2: 50, P2: 70 } },
        { id: 'centre-b', entityType: 'service_entity', leafPercents: { 'C1.1': 100, 'C1.2': 100, C2: 100, P2: 100 } },
      ],
      [{ id: 'centre-a', score: 70, rank: 1 }],
    );
    const rows = publishedResultRows(cycle, fw, results, (subjectId) => `owner-of-${subjectId}`);
    expect(
      rows.results.map((r) => [
        r.subject_id,
        r.entity_id,
        r.rank,
        r.previous_rank,
        r.total_points,
        r.tier,
        r.cycle_number,
        r.framework_version,
        r.subject_kind,
      ]),
    ).toEqual([
      ['centre-b', 'owner-of-centre-b', 1, null, 1000, 'platinum', 3, 2, 'centre'],
      ['centre-a', 'owner-of-centre-a', 2, 1, 630, 'silver', 3, 2, 'centre'],
    ]);
    expect(rows.results[1]!.total_percent).toBeCloseTo(63, 9);
    const nodesOfA = publishedNodeRows('c-1', rows).filter((n) => n.subject_id === 'centre-a');
    expect(nodesOfA.map((n) => n.node_code).sort()).toEqual(Object.keys(results[1]!.score.nodes).sort());
    // Depth counts the ancestors: a pillar is 0, its criteria 1, their sub-criteria 2.
    expect(nodesOfA.find((n) => n.node_code === 'C1.1')).toMatchObject({ pillar_code: 'P1', depth: 2, percent: 80 });
  });
});
