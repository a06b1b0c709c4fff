import type { Framework } from './framework-schema.ts';
import { effectiveTree } from './applicability.ts';
import type { EffectiveNode } from './applicability.ts';
import { nodePoints } from './node-points.ts';

export interface NodeResult {
  code: string;
  pillar: string;
  points: number;
  maxPoints: number;
  /** points / maxPoints x 100. */
  percent: number;
}

export interface EntityScore {
  /** Points earned out of `maxTotal`. */
  total: number;
  maxTotal: number;
  /** total / maxTotal x 100; null when nothing applies. */
  percent: number | null;
  /** Top-level nodes, in framework order. */
  pillars: NodeResult[];
  /** Every applicable node by code. */
  nodes: Record<string, NodeResult>;
  /** Applicable leaves without a score; they earn 0. */
  missing: string[];
  notApplicable: string[];
}

export interface EntityScoreInput {
  entityType: string;
  /** Percent per leaf code; null marks the leaf not applicable for this entity. */
  leafPercents: Readonly<Record<string, number | null | undefined>>;
}

/**
 * Weighted total and per-pillar scores. Only leaves are scored; a branch earns the sum of
 * its children. Leaves scored null are left out and the total is rescaled over the rest
 * (see `effectiveTree`).
 */
export function scoreEntity(fw: Framework, input: EntityScoreInput): EntityScore {
  const naLeaves = Object.entries(input.leafPercents)
    .filter(([, v]) => v === null)
    .map(([k]) => k);
  const tree = effectiveTree(fw, { entityType: input.entityType, notApplicable: naLeaves });
  const nodes: Record<string, NodeResult> = {};
  const missing: string[] = [];

  const score = (node: EffectiveNode): number => {
    let points: number;
    if (node.children.length === 0) {
      const percent = input.leafPercents[node.code];
      if (percent === undefined || percent === null) {
        missing.push(node.code);
        points = 0;
      } else {
        points = nodePoints(percent, node.maxPoints);
      }
    } else {
      points = node.children.reduce((sum, child) => sum + score(child), 0);
    }
    nodes[node.code] = {
      code: node.code,
      pillar: node.pillar,
      points,
      maxPoints: node.maxPoints,
      percent: node.maxPoints === 0 ? 0 : (points / node.maxPoints) * 100,
    };
    return points;
  };

  const total = tree.nodes.reduce((sum, node) => sum + score(node), 0);
  const pillars = tree.nodes.map((n) => nodes[n.code]).filter((r): r is NodeResult => r !== undefined);
  return {
    total,
    maxTotal: tree.total,
    percent: tree.total === 0 ? null : (total / tree.total) * 100,
    pillars,
    nodes,
    missing,
    notApplicable: tree.notApplicable,
  };
}
