import type { Framework, FrameworkNode, ScoringMethod } from './framework-schema.ts';

/** Every node, depth first, with its path of ancestor codes (pillar first). */
export function* allNodes(
  nodes: readonly FrameworkNode[],
  ancestors: readonly string[] = [],
): Generator<{ node: FrameworkNode; ancestors: readonly string[] }> {
  for (const node of nodes) {
    yield { node, ancestors };
    if (node.children) yield* allNodes(node.children, [...ancestors, node.code]);
  }
}

export function isLeaf(node: FrameworkNode): boolean {
  return !node.children || node.children.length === 0;
}

/** The scored nodes, in framework order. */
export function leafNodes(fw: Framework): FrameworkNode[] {
  return [...allNodes(fw.nodes)].map((e) => e.node).filter(isLeaf);
}

export function findNode(fw: Framework, code: string): FrameworkNode | undefined {
  for (const { node } of allNodes(fw.nodes)) if (node.code === code) return node;
  return undefined;
}

/** The node's own method, else the framework default. */
export function scoringMethodOf(fw: Framework, node: FrameworkNode): ScoringMethod {
  return node.method ?? fw.scoring.defaultMethod;
}
