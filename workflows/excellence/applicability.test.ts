import { describe, it, expect } from 'vitest';
import { effectiveTree } from './applicability.ts';
import type { EffectiveNode } from './applicability.ts';
import { framework } from './framework-schema.ts';
import { sampleFramework } from './framework.fixture.ts';

function points(nodes: EffectiveNode[]): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (n: EffectiveNode) => {
    out[n.code] = n.maxPoints;
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

describe('effectiveTree', () => {
  it('keeps the framework points when every node applies', () => {
    const tree = effectiveTree(framework.parse(sampleFramework()), { entityType: 'service_entity' });
    expect(tree.total).toBe(1000);
    expect(points(tree.nodes)).toEqual({ P1: 600, C1: 300, 'C1.1': 100, 'C1.2': 200, C2: 300, P2: 400 });
    expect(tree.notApplicable).toEqual([]);
  });

  it('rescales a parent over its applicable children when a node does not apply to the entity type', () => {
    // C2 applies to service entities only: P1's 600 go to C1 alone -> C1.1 600x100/300 = 200, C1.2 400.
    const tree = effectiveTree(framework.parse(sampleFramework()), { entityType: 'ministry' });
    expect(points(tree.nodes)).toEqual({ P1: 600, C1: 600, 'C1.1': 200, 'C1.2': 400, P2: 400 });
    expect(tree.notApplicable).toEqual(['C2']);
  });

  it('rescales the total over applicable pillars', () => {
    const tree = effectiveTree(framework.parse(sampleFramework()), { entityType: 'service_entity', notApplicable: ['P2'] });
    expect(points(tree.nodes)).toEqual({ P1: 1000, C1: 500, 'C1.1': 500 / 3, 'C1.2': 1000 / 3, C2: 500 });
    expect(tree.notApplicable).toEqual(['P2']);
  });

  it('uses the weights of the entity type', () => {
    const input = sampleFramework();
    input.nodes[0]!.weightOverrides = { ministry: 500 };
    input.nodes[1]!.weightOverrides = { ministry: 500 };
    const tree = effectiveTree(framework.parse(input), { entityType: 'ministry' });
    // P1 500 -> C1 500 -> C1.1 500x100/300, C1.2 500x200/300
    expect(points(tree.nodes)).toEqual({ P1: 500, C1: 500, 'C1.1': 500 / 3, 'C1.2': 1000 / 3, P2: 500 });
  });

  it('drops a branch whose children are all not applicable, with its descendants', () => {
    const tree = effectiveTree(framework.parse(sampleFramework()), { entityType: 'ministry', notApplicable: ['C1.1', 'C1.2'] });
    // P1 has nothing left, P2 takes the whole 1000.
    expect(points(tree.nodes)).toEqual({ P2: 1000 });
    expect(tree.notApplicable.sort()).toEqual(['C1', 'C1.1', 'C1.2', 'C2', 'P1']);
  });

  it('has a zero total when nothing applies', () => {
    const tree = effectiveTree(framework.parse(sampleFramework()), { entityType: 'ministry', notApplicable: ['P1', 'P2'] });
    expect(tree).toEqual({ total: 0, nodes: [], notApplicable: ['P1', 'C1', 'C1.1', 'C1.2', 'C2', 'P2'] });
  });
});
