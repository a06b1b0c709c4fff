import { effectiveTree } from '../../workflows/excellence/applicability.ts';
import type { EffectiveNode } from '../../workflows/excellence/applicability.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';

/** Leaf codes that apply to an entity type, in framework order: what a complete score sheet covers. */
export function applicableLeaves(fw: Framework, entityType: string): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly EffectiveNode[]) => {
    for (const n of nodes) {
      if (n.children.length === 0) out.push(n.code);
      else walk(n.children);
    }
  };
  walk(effectiveTree(fw, { entityType, notApplicable: [] }).nodes);
  return out;
}
