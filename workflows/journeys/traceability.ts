import type { StepChange } from './journey-diff.ts';

/**
 * The links of the chain complaint -> root cause -> step -> change -> gap -> action -> result,
 * in chain order. An opportunity hangs beside the step: it names the steps it relieves and
 * leads to the changes made to them.
 */
export const traceNodeTypes = ['complaint', 'root_cause', 'step', 'opportunity', 'change', 'gap', 'action', 'result'] as const;
export type TraceNodeType = (typeof traceNodeTypes)[number];

export interface TraceNode {
  type: TraceNodeType;
  id: string;
}

export interface TraceInput {
  complaints: readonly { id: string; category: string }[];
  rootCauses: readonly {
    id: string;
    stepIds: readonly string[];
    complaintIds: readonly string[];
    complaintCategories: readonly string[];
  }[];
  /** As-is step ids. */
  stepIds: readonly string[];
  opportunities: readonly { id: string; stepIds: readonly string[] }[];
  /** as-is -> to-be groups; unchanged ones are not part of any chain. */
  changes: readonly Pick<StepChange, 'key' | 'kind' | 'fromStepIds' | 'toStepIds'>[];
  /** To-be steps that answer an as-is step's problem without coming from it: how an added step joins the chain. */
  addressedSteps: readonly { toBeStepId: string; stepIds: readonly string[] }[];
  /** The gap raised in the register for each change. */
  gaps: readonly { id: string; changeKey: string }[];
  /** Actions and the gaps they close, whichever plan they belong to. */
  actions: readonly { id: string; gapIds: readonly string[] }[];
  /** as-is -> post-implementation groups, with the to-be steps their post-implementation steps come from. */
  results: readonly { key: string; fromStepIds: readonly string[]; toBeStepIds: readonly string[] }[];
}

/** A forward edge; `via` names the change it belongs to, so a walk never crosses from one change's chain into another's. */
export interface TraceEdge {
  from: TraceNode;
  to: TraceNode;
  via?: string;
}

export interface Trace {
  start: TraceNode;
  /** Every node on a chain through the start, start included, ids in natural order (c2 before c10). */
  nodes: Record<TraceNodeType, string[]>;
  edges: TraceEdge[];
}

export const keyOfNode = (n: TraceNode) => `${n.type}|${n.id}`;
const nodeOf = (k: string): TraceNode => {
  const i = k.indexOf('|');
  return { type: k.slice(0, i) as TraceNodeType, id: k.slice(i + 1) };
};
const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const naturalOrder = new Intl.Collator('en', { numeric: true });

/** All forward edges of the chain, each from an earlier link to a later one. */
export function traceEdges(input: TraceInput): TraceEdge[] {
  const out: TraceEdge[] = [];
  const edge = (fromType: TraceNodeType, fromId: string, toType: TraceNodeType, toId: string, via?: string) =>
    out.push({ from: { type: fromType, id: fromId }, to: { type: toType, id: toId }, ...(via === undefined ? {} : { via }) });
  const steps = new Set(input.stepIds);
  const changes = input.changes.filter((c) => c.kind !== 'unchanged');

  for (const c of input.complaints)
    for (const r of input.rootCauses)
      if (r.complaintIds.includes(c.id) || r.complaintCategories.includes(c.category)) edge('complaint', c.id, 'root_cause', r.id);
  for (const r of input.rootCauses) for (const s of r.stepIds) if (steps.has(s)) edge('root_cause', r.id, 'step', s);

  // The steps a change touches: those it comes from, and those its new steps answer.
  const stepsOfChange = new Map<string, string[]>();
  for (const ch of changes) {
    const addressed = input.addressedSteps.filter((a) => ch.toStepIds.includes(a.toBeStepId)).flatMap((a) => a.stepIds);
    const touched = [...new Set([...ch.fromStepIds, ...addressed])].filter((s) => steps.has(s));
    stepsOfChange.set(ch.key, touched);
    for (const s of touched) edge('step', s, 'change', ch.key, ch.key);
  }
  for (const o of input.opportunities) {
    for (const s of o.stepIds) if (steps.has(s)) edge('step', s, 'opportunity', o.id);
    for (const ch of changes) if (overlaps(o.stepIds, stepsOfChange.get(ch.key) ?? [])) edge('opportunity', o.id, 'change', ch.key, ch.key);
  }

  const changeOfGap = new Map<string, string>();
  for (const g of input.gaps)
    if (stepsOfChange.has(g.changeKey)) {
      changeOfGap.set(g.id, g.changeKey);
      edge('change', g.changeKey, 'gap', g.id, g.changeKey);
    }
  // A result belongs to a change when they share an as-is step or a to-be step.
  const resultsOfChange = new Map<string, string[]>();
  for (const ch of changes)
    resultsOfChange.set(
      ch.key,
      input.results.filter((r) => overlaps(ch.fromStepIds, r.fromStepIds) || overlaps(ch.toStepIds, r.toBeStepIds)).map((r) => r.key),
    );
  for (const [gapId, key] of changeOfGap) for (const r of resultsOfChange.get(key) ?? []) edge('gap', gapId, 'result', r, key);
  for (const a of input.actions)
    for (const gapId of a.gapIds) {
      const key = changeOfGap.get(gapId);
      if (key === undefined) continue;
      edge('gap', gapId, 'action', a.id, key);
      for (const r of resultsOfChange.get(key) ?? []) edge('action', a.id, 'result', r, key);
    }
  return out;
}

/** Every node the input holds, to tell a start that names nothing from one with no links. */
export function traceNodeKeys(input: TraceInput): Set<string> {
  const keys = [
    ...input.complaints.map((c) => keyOfNode({ type: 'complaint', id: c.id })),
    ...input.rootCauses.map((r) => keyOfNode({ type: 'root_cause', id: r.id })),
    ...input.stepIds.map((id) => keyOfNode({ type: 'step', id })),
    ...input.opportunities.map((o) => keyOfNode({ type: 'opportunity', id: o.id })),
    ...input.changes.filter((c) => c.kind !== 'unchanged').map((c) => keyOfNode({ type: 'change', id: c.key })),
    ...input.gaps.map((g) => keyOfNode({ type: 'gap', id: g.id })),
    ...input.actions.map((a) => keyOfNode({ type: 'action', id: a.id })),
    ...input.results.map((r) => keyOfNode({ type: 'result', id: r.key })),
  ];
  return new Set(keys);
}

/**
 * The chain through one node: everything it comes from (walking edges backwards) and
 * everything it leads to (walking them forwards). Walking each way separately keeps a
 * step's other causes' complaints out of a complaint's chain; carrying the change a walk
 * went through keeps an action's other changes' results out of one change's chain.
 */
export function traceFrom(input: TraceInput, start: TraceNode): Trace {
  const edges = traceEdges(input);
  const forward = new Map<string, TraceEdge[]>();
  const backward = new Map<string, TraceEdge[]>();
  for (const e of edges) {
    forward.set(keyOfNode(e.from), [...(forward.get(keyOfNode(e.from)) ?? []), e]);
    backward.set(keyOfNode(e.to), [...(backward.get(keyOfNode(e.to)) ?? []), e]);
  }
  const seen = new Set<string>([keyOfNode(start)]);
  const used = new Set<TraceEdge>();
  const walk = (links: Map<string, TraceEdge[]>, dir: 1 | -1) => {
    // A state is a node and the change the walk is bound to ('' before it meets one).
    const queue: [string, string][] = [[keyOfNode(start), '']];
    const visited = new Set([`${keyOfNode(start)}#`]);
    while (queue.length > 0) {
      const [k, via] = queue.shift()!;
      for (const e of links.get(k) ?? []) {
        if (e.via !== undefined && via !== '' && e.via !== via) continue;
        const next = keyOfNode(dir === 1 ? e.to : e.from);
        const nextVia = e.via ?? via;
        used.add(e);
        seen.add(next);
        const state = `${next}#${nextVia}`;
        if (!visited.has(state)) {
          visited.add(state);
          queue.push([next, nextVia]);
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
  for (const t of traceNodeTypes) nodes[t].sort(naturalOrder.compare);
  return { start, nodes, edges: [...used] };
}
