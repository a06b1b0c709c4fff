import { describe, it, expect } from 'vitest';
import { allNodes, leafNodes, findNode, scoringMethodOf } from './framework-nodes.ts';
import { framework } from './framework-schema.ts';
import { sampleFramework } from './framework.fixture.ts';

const fw = framework.parse(sampleFramework());

describe('framework nodes', () => {
  it('walks depth first with ancestors', () => {
    expect([...allNodes(fw.nodes)].map((e) => [e.node.code, e.ancestors.join('/')])).toEqual([
      ['P1', ''],
      ['C1', 'P1'],
      ['C1.1', 'P1/C1'],
      ['C1.2', 'P1/C1'],
      ['C2', 'P1'],
      ['P2', ''],
    ]);
  });

  it('lists the leaves and finds nodes by code', () => {
    expect(leafNodes(fw).map((n) => n.code)).toEqual(['C1.1', 'C1.2', 'C2', 'P2']);
    expect(findNode(fw, 'C1.2')?.weight).toBe(200);
    expect(findNode(fw, 'nope')).toBeUndefined();
  });

  it('uses the node method, else the framework default', () => {
    const input = sampleFramework();
    input.nodes[1]!.method = 'checklist';
    const withOverride = framework.parse(input);
    expect(scoringMethodOf(withOverride, findNode(withOverride, 'P2')!)).toBe('checklist');
    expect(scoringMethodOf(withOverride, findNode(withOverride, 'C2')!)).toBe('bands');
  });
});
