import type { Framework, FrameworkNode, NodeKind } from './framework-schema.ts';

/** A node as it counts for one entity: only applicable nodes, worth absolute points. */
export interface EffectiveNode {
  code: string;
  kind: NodeKind;
  /** Code of the top-level node (pillar) it belongs to. */
  pillar: string;
  maxPoints: number;
  children: EffectiveNode[];
}

export interface EffectiveTree {
  /** totalPoints in points mode, 100 in percent mode. */
  total: number;
  nodes: EffectiveNode[];
  /** Every node left out for this entity, with its descendants. */
  notApplicable: string[];
}

export interface ApplicabilityOptions {
  entityType: string;
  /** Nodes judged not applicable for this entity on top of the framework's rules (e.g. a checklist answered N/A throughout). */
  notApplicable?: Iterable<string>;
}

/** The framework's total: totalPoints in points mode, 100 in percent mode. */
export function frameworkTotal(fw: Framework): number {
  return fw.mode === 'points' ? (fw.totalPoints ?? 0) : 100;
}

/**
 * Distributes the total over the nodes that apply to an entity type. At every level a
 * parent's points are shared among its applicable children in proportion to their
 * weights (the entity type's override if any). Where every node applies and weights add
 * up, this reproduces the framework's own points; where some do not apply, the rest are
 * rescaled so the entity is still scored out of the full total. A branch whose children
 * are all not applicable is itself not applicable.
 */
export function effectiveTree(fw: Framework, options: ApplicabilityOptions): EffectiveTree {
  const excluded = new Set(options.notApplicable ?? []);
  const notApplicable: string[] = [];
  const total = frameworkTotal(fw);

  const weightOf = (node: FrameworkNode): number => node.weightOverrides?.[options.entityType] ?? node.weight;

  const applies = (node: FrameworkNode): boolean => {
    if (excluded.has(node.code)) return false;
    if (node.applicability && !node.applicability.includes(options.entityType)) return false;
    if (weightOf(node) <= 0) return false;
    if (node.children && node.children.length > 0) return node.children.some(applies);
    return true;
  };

  const markAll = (node: FrameworkNode): void => {
    notApplicable.push(node.code);
    node.children?.forEach(markAll);
  };

  const distribute = (nodes: readonly FrameworkNode[], points: number, pillar: string | null): EffectiveNode[] => {
    const kept = nodes.filter((n) => {
      if (applies(n)) return true;
      markAll(n);
      return false;
    });
    const weightSum = kept.reduce((sum, n) => sum + weightOf(n), 0);
    return kept.map((n) => {
      const maxPoints = (points * weightOf(n)) / weightSum;
      const pillarCode = pillar ?? n.code;
      return {
        code: n.code,
        kind: n.kind,
        pillar: pillarCode,
        maxPoints,
        children: n.children && n.children.length > 0 ? distribute(n.children, maxPoints, pillarCode) : [],
      };
    });
  };

  const nodes = distribute(fw.nodes, total, null);
  return { total: nodes.length === 0 ? 0 : total, nodes, notApplicable };
}
