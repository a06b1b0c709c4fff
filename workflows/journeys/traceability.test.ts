import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keyOfNode, traceFrom, traceNodeKeys, traceNodeTypes, type TraceInput, type TraceNode } from './traceability.ts';

const cause = (id: string, stepIds: string[], complaintIds: string[], complaintCategories: string[] = []) => ({
  id,
  stepIds,
  complaintIds,
  complaintCategories,
});

// Two complaints (c1 queue, c2 documents); r1 explains c1 at step s1, r2 explains c2 at s2.
// The to-be removes s1 and adds n1, which answers s2's problem. One action a1 closes both gaps;
// the re-measurement shows s1 still gone and n1 built.
const input: TraceInput = {
  complaints: [
    { id: '10', category: 'queue' },
    { id: '9', category: 'queue' },
    { id: '2', category: 'documents' },
  ],
  rootCauses: [cause('r1', ['s1'], ['10', '9']), cause('r2', ['s2'], [], ['documents'])],
  stepIds: ['s1', 's2'],
  opportunities: [{ id: 'o1', stepIds: ['s1'] }],
  changes: [
    { key: 'removed:s1>', kind: 'removed', fromStepIds: ['s1'], toStepIds: [] },
    { key: 'added:>n1', kind: 'added', fromStepIds: [], toStepIds: ['n1'] },
    { key: 'unchanged:s2>s2', kind: 'unchanged', fromStepIds: ['s2'], toStepIds: ['s2'] },
  ],
  addressedSteps: [{ toBeStepId: 'n1', stepIds: ['s2'] }],
  gaps: [
    { id: 'g1', changeKey: 'removed:s1>' },
    { id: 'g2', changeKey: 'added:>n1' },
  ],
  actions: [{ id: 'a1', gapIds: ['g1', 'g2'] }],
  results: [
    { key: 'removed:s1>', fromStepIds: ['s1'], toBeStepIds: [] },
    { key: 'added:>n1', fromStepIds: [], toBeStepIds: ['n1'] },
    { key: 'unchanged:s2>s2', fromStepIds: ['s2'], toBeStepIds: ['s2'] },
  ],
};

describe('traceFrom', () => {
  it('walks from a complaint to the re-measured result of the change made to its step', () => {
    expect(traceFrom(input, { type: 'complaint', id: '9' }).nodes).toEqual({
      complaint: ['9'],
      root_cause: ['r1'],
      step: ['s1'],
      opportunity: ['o1'],
      change: ['removed:s1>'],
      gap: ['g1'],
      action: ['a1'],
      result: ['removed:s1>'],
    });
  });

  it('links an added step to the complaint its new step answers, and to its own result only', () => {
    const t = traceFrom(input, { type: 'change', id: 'added:>n1' });
    expect(t.nodes).toEqual({
      complaint: ['2'],
      root_cause: ['r2'],
      step: ['s2'],
      opportunity: [],
      change: ['added:>n1'],
      gap: ['g2'],
      action: ['a1'],
      result: ['added:>n1'],
    });
    expect(traceFrom(input, { type: 'result', id: 'added:>n1' }).nodes.complaint).toEqual(['2']);
  });

  it('walks from a gap both ways, and from an action up to every complaint it answers', () => {
    expect(traceFrom(input, { type: 'gap', id: 'g1' }).nodes).toMatchObject({
      complaint: ['9', '10'],
      action: ['a1'],
      result: ['removed:s1>'],
    });
    const fromAction = traceFrom(input, { type: 'action', id: 'a1' }).nodes;
    expect(fromAction.complaint).toEqual(['2', '9', '10']);
    expect(fromAction.result).toEqual(['added:>n1', 'removed:s1>']);
  });
});

const stepPool = ['s1', 's2', 's3', 's4'];
const toBePool = ['s1', 's2', 't1', 't2'];
const subset = (pool: string[]) => fc.subarray(pool);

/** Any input, links random: for the symmetry of the walk. */
const anyInput: fc.Arbitrary<TraceInput> = fc
  .record({
    complaints: fc.uniqueArray(fc.record({ id: fc.constantFrom('1', '2', '3', '11'), category: fc.constantFrom('a', 'b') }), {
      selector: (c) => c.id,
    }),
    causes: fc.array(fc.record({ steps: subset(stepPool), complaints: subset(['1', '2', '3', '11']), categories: subset(['a', 'b']) }), {
      maxLength: 3,
    }),
    opportunities: fc.array(subset(stepPool), { maxLength: 2 }),
    changes: fc.array(
      fc.record({
        kind: fc.constantFrom('removed', 'added', 'merged', 'split', 'changed', 'unchanged'),
        from: subset(stepPool),
        to: subset(toBePool),
      }),
      { maxLength: 4 },
    ),
    addressed: fc.array(fc.record({ toBeStepId: fc.constantFrom(...toBePool), stepIds: subset(stepPool) }), { maxLength: 2 }),
    actions: fc.array(subset(['g0', 'g1', 'g2', 'g3']), { maxLength: 3 }),
    results: fc.array(fc.record({ from: subset(stepPool), toBe: subset(toBePool) }), { maxLength: 3 }),
  })
  .map((r) => ({
    complaints: r.complaints,
    rootCauses: r.causes.map((c, i) => cause(`r${i}`, c.steps, c.complaints, c.categories)),
    stepIds: stepPool,
    opportunities: r.opportunities.map((stepIds, i) => ({ id: `o${i}`, stepIds })),
    changes: r.changes.map((c, i) => ({ key: `k${i}`, kind: c.kind, fromStepIds: c.from, toStepIds: c.to })),
    addressedSteps: r.addressed,
    gaps: r.changes.map((_, i) => ({ id: `g${i}`, changeKey: `k${i}` })),
    actions: r.actions.map((gapIds, i) => ({ id: `a${i}`, gapIds })),
    results: r.results.map((x, i) => ({ key: `res${i}`, fromStepIds: x.from, toBeStepIds: x.toBe })),
  }));

const changeKinds = ['removed', 'added', 'merged', 'split', 'changed'] as const;

/** Complete chains, one per change kind picked, actions shared between chains at random. */
const completeChains = fc
  .record({
    kinds: fc.array(fc.constantFrom(...changeKinds), { minLength: 1, maxLength: 5 }),
    actionOf: fc.array(fc.nat(2), { minLength: 5, maxLength: 5 }),
  })
  .map(({ kinds, actionOf }) => {
    const chains = kinds.map((kind, i) => {
      const a = `a${i}s`;
      const b = `b${i}s`;
      const shape = {
        removed: { asIs: [a], from: [a], to: [] as string[], addressed: [] as string[] },
        added: { asIs: [a], from: [], to: [`n${i}`], addressed: [a] },
        merged: { asIs: [a, b], from: [a, b], to: [`m${i}`], addressed: [] },
        split: { asIs: [a], from: [a], to: [`x${i}`, `y${i}`], addressed: [] },
        changed: { asIs: [a], from: [a], to: [a], addressed: [] },
      }[kind];
      return { i, kind, key: `${kind}${i}`, ...shape };
    });
    const value: TraceInput = {
      complaints: chains.map((c) => ({ id: String(c.i + 1), category: `cat${c.i}` })),
      rootCauses: chains.map((c) => cause(`r${c.i}`, c.asIs, [String(c.i + 1)])),
      stepIds: chains.flatMap((c) => c.asIs),
      opportunities: chains.map((c) => ({ id: `o${c.i}`, stepIds: c.asIs })),
      changes: chains.map((c) => ({ key: c.key, kind: c.kind, fromStepIds: c.from, toStepIds: c.to })),
      addressedSteps: chains.flatMap((c) => c.to.map((t) => ({ toBeStepId: t, stepIds: c.addressed }))).filter((a) => a.stepIds.length > 0),
      gaps: chains.map((c) => ({ id: `g${c.i}`, changeKey: c.key })),
      actions: [0, 1, 2]
        .map((n) => ({ id: `a${n}`, gapIds: chains.filter((c) => actionOf[c.i] === n).map((c) => `g${c.i}`) }))
        .filter((a) => a.gapIds.length > 0),
      results: chains.map((c) => ({ key: `res${c.i}`, fromStepIds: c.from, toBeStepIds: c.to })),
    };
    return { value, chains };
  });

const allNodes = (t: TraceInput): TraceNode[] =>
  [...traceNodeKeys(t)].map((k) => ({ type: k.slice(0, k.indexOf('|')) as TraceNode['type'], id: k.slice(k.indexOf('|') + 1) }));

describe('traceFrom, for any chain', () => {
  it('walking from any node to any node it reaches, then back, reaches the start', () => {
    fc.assert(
      fc.property(anyInput, (t) => {
        for (const start of allNodes(t)) {
          const there = traceFrom(t, start);
          for (const type of traceNodeTypes)
            for (const id of there.nodes[type]) {
              const back = traceFrom(t, { type, id });
              if (!back.nodes[start.type].includes(start.id)) throw new Error(`${keyOfNode(start)} -> ${type}|${id} does not lead back`);
            }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reaches every kind of node from every node of a complete chain, whatever the change', () => {
    fc.assert(
      fc.property(completeChains, ({ value }) => {
        for (const start of allNodes(value)) {
          const t = traceFrom(value, start);
          for (const type of traceNodeTypes) expect(t.nodes[type].length, `${keyOfNode(start)} reaches a ${type}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never shows another change’s complaint or result, even through a shared action', () => {
    fc.assert(
      fc.property(completeChains, ({ value, chains }) => {
        for (const c of chains) {
          const t = traceFrom(value, { type: 'change', id: c.key });
          expect(t.nodes.result).toEqual([`res${c.i}`]);
          expect(t.nodes.complaint).toEqual([String(c.i + 1)]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
