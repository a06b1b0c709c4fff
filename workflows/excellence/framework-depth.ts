/**
 * Levels of criteria a framework may nest (pillar, criterion, sub-criterion... the models in
 * use have three). Bounded so that a hostile document nested thousands of levels deep is
 * refused before the schema or the weight checks recurse through it.
 */
export const maxNodeDepth = 10;

/**
 * Path of the first node nested deeper than `maxNodeDepth` (`['nodes', 0, 'children', 0, ...]`),
 * or null. Walks `nodes` and `children` iteratively, whatever else the document holds.
 */
export function tooDeepNodePath(document: unknown): (string | number)[] | null {
  const roots = (document as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(roots)) return null;
  const stack: { nodes: unknown[]; path: (string | number)[]; depth: number }[] = [{ nodes: roots, path: ['nodes'], depth: 1 }];
  while (stack.length > 0) {
    const { nodes, path, depth } = stack.pop()!;
    for (const [i, node] of nodes.entries()) {
      if (depth > maxNodeDepth) return [...path, i];
      const children = (node as { children?: unknown } | null)?.children;
      if (Array.isArray(children)) stack.push({ nodes: children, path: [...path, i, 'children'], depth: depth + 1 });
    }
  }
  return null;
}
