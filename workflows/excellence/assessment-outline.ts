import type { BilingualText, Framework, FrameworkNode } from './framework-schema.ts';
import { isLeaf } from './framework-nodes.ts';
import { leafEntryComplete } from './leaf-entry-complete.ts';
import type { LeafEntry } from './leaf-score.ts';

export interface OutlineLeaf {
  code: string;
  name: BilingualText;
  done: boolean;
}

export interface OutlineSection {
  code: string;
  name: BilingualText;
  depth: number;
  /** The section's applicable leaves, in framework order (its own, not its sub-sections'). */
  leaves: OutlineLeaf[];
  /** Complete leaves of the whole section, sub-sections included, against all of them. */
  done: number;
  total: number;
}

/**
 * The outline of a score sheet: every section (a node with children) that holds applicable
 * leaves, in framework order, with how many of its leaves the sheet scores completely (the
 * same rule as submission: `leafEntryComplete`).
 */
export function assessmentOutline(
  fw: Framework,
  applicable: readonly string[],
  entries: ReadonlyMap<string, LeafEntry>,
): { sections: OutlineSection[]; done: number; total: number } {
  const wanted = new Set(applicable);
  const sections: OutlineSection[] = [];
  const doneOf = (leaf: FrameworkNode) => {
    const entry = entries.get(leaf.code);
    return entry !== undefined && leafEntryComplete(fw, leaf, entry);
  };
  // Returns [done, total] of the node's applicable leaves, recording sections on the way.
  const walk = (node: FrameworkNode, depth: number): [number, number] => {
    if (isLeaf(node)) return wanted.has(node.code) ? [doneOf(node) ? 1 : 0, 1] : [0, 0];
    const section: OutlineSection = { code: node.code, name: node.name, depth, leaves: [], done: 0, total: 0 };
    const at = sections.push(section) - 1;
    for (const child of node.children ?? []) {
      if (isLeaf(child) && wanted.has(child.code)) section.leaves.push({ code: child.code, name: child.name, done: doneOf(child) });
      const [d, t] = walk(child, depth + 1);
      section.done += d;
      section.total += t;
    }
    if (section.total === 0) sections.splice(at, 1);
    return [section.done, section.total];
  };
  let done = 0;
  let total = 0;
  for (const node of fw.nodes) {
    const [d, t] = walk(node, 0);
    done += d;
    total += t;
  }
  return { sections, done, total };
}
