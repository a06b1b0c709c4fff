import type { StepChange } from './journey-diff.ts';
import type { Opportunity } from './opportunity.ts';
import type { RootCause } from './root-cause.ts';

/** The links of the chain complaint -> root cause -> step -> opportunity -> to-be change -> action -> result. */
export const traceNodeTypes = ['complaint', 'root_cause', 'step', 'opportunity', 'change', 'action', 'result'] as const;
export type TraceNodeType = (typeof traceNodeTypes)[number];

export interface TraceNode {
  type: TraceNodeType;
  id: string;
}

export interface TraceInput {
  complaints: readonly { id: string; category: string }[];
  rootCauses: readonly RootCause[];
  /** As-is step ids. */
  stepIds: readonly string[];
  opportunities: readonly Opportunity[];
  /** as-is -> to-be differences. */
  changes: readonly StepChange[];
  actions: readonly { id: string; changeKeys: readonly string[]; opportunityIds: readonly string[] }[];
  /** as-is -> post-implementation groups: what was achieved for the same as-is steps. */
  results: readonly StepChange[];
}

export interface Trace {
  start: TraceNode;
  /** Every node reachable upstream (towards complaints) and downstream (towards results), start included. */
  nodes: Record<TraceNodeType, string[]>;
  edges: { from: TraceNode; to: TraceNode }[];
}

const keyOf = (n: TraceNode) => `${n.type}|${n.id}`;
const nodeOf = (k: string): TraceNode => {
  const i = k.indexOf('|');
  return { type: k.slice(0, i) as TraceNodeType, id: k.slice(i + 1) };
};
const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** All the forward edges of the chain, each from an earlier link to a later one. */
export function traceEdges(input: TraceInput): [TraceNode, TraceNode][] {
  const out: [TraceNode, TraceNode][] = [];
  const steps = new Set(input.stepIds);
  for (const c of input.complaints)
    for (const r of input.rootCauses)
      if (r.complaintIds.includes(c.id) || r.complaintCategories.includes(c.category))
        out.push([
          { type: 'complaint', id: c.id },
          { type: 'root_cause', id: r.id },
        ]);
  for (const r of input.rootCauses)
    for (const s of r.stepIds)
      if (steps.has(s))
        out.push([
          { type: 'root_cause', id: r.id },
          { type: 'step', id: s },
        ]);
  for (const o of input.opportunities)
    for (const s of o.stepIds)
      if (steps.has(s))
        out.push([
          { type: 'step', id: s },
          { type: 'opportunity', id: o.id },
        ]);
  for (const o of input.opportunities)
    for (const ch of input.changes)
      if (ch.kind !== 'unchanged' && overlaps(o.stepIds, ch.fromStepIds))
        out.push([
          { type: 'opportunity', id: o.id },
          { type: 'change', id: ch.key },
        ]);
  for (const a of input.actions) {
    for (const k of a.changeKeys)
      out.push([
        { type: 'change', id: k },
        { type: 'action', id: a.id },
      ]);
    const changed = input.changes.filter((c) => a.changeKeys.includes(c.key));
    for (const res of input.results)
      if (changed.some((c) => overlaps(c.fromStepIds, res.fromStepIds)))
        out.push([
          { type: 'action', id: a.id },
          { type: 'result', id: res.key },
        ]);
  }
  return out;
}

/**
 * The chain through one node: everything it comes from (walking edges backwards) and
 * everything it leads to (walking them forwards). Walking each way separately keeps a
 * step's other causes' complaints out of a complaint's chain.
 */
export function traceFrom(input: TraceInput, start: TraceNode): Trace {
  const edges = traceEdges(input);
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const [a, b] of edges) {
    forward.set(keyOf(a), [...(forward.get(keyOf(a)) ?? []), keyOf(b)]);
    backward.set(keyOf(b), [...(backward.get(keyOf(b)) ?? []), keyOf(a)]);
  }
  const seen = new Set<string>([keyOf(start)]);
  const used: { from: TraceNode; to: TraceNode }[] = [];
  const walk = (links: Map<string, string[]>, dir: 1 | -1) => {
    const queue = [keyOf(start)];
    const visited = new Set(queue);
    while (queue.length > 0) {
      const k = queue.shift()!;
      for (const next of links.get(k) ?? []) {
        used.push(dir === 1 ? { from: nodeOf(k), to: nodeOf(next) } : { from: nodeOf(next), to: nodeOf(k) });
        seen.add(next);
        if (!visited.has(next)) {
          visited.add(next);
          queue.push(next);
        }
      }
    }
  };
  walk(forward, 1);
  walk(backward, -1);
  const nodes = Object.fromEntries(traceNodeTypes.map((t) => [t, [] as string[]])) as Record<TraceNodeType, string[]>;
  for (const k of seen) {
    const n = nodeOf(k);
    nodes[n.type].push(n.id);
  }
  for (const t of traceNodeTypes) nodes[t].sort();
  return { start, nodes, edges: used };
}
