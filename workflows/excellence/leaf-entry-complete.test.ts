import { describe, expect, it } from 'vitest';
import { framework as frameworkSchema } from './framework-schema.ts';
import { allNodes, isLeaf } from './framework-nodes.ts';
import { leafEntryComplete } from './leaf-entry-complete.ts';
import { governmentExcellenceModel } from '../../seeds/frameworks/government-excellence-model.ts';

describe('leafEntryComplete', () => {
  const fw = frameworkSchema.parse(governmentExcellenceModel);
  const leaf = [...allNodes(fw.nodes)].map((e) => e.node).find((n) => isLeaf(n) && n.kind === 'enabler')!;
  const codes = (fw.scoring.attributes?.enabler ?? []).map((a) => a.code);

  it('is done only when every attribute is scored or marked not applicable', () => {
    expect(leafEntryComplete(fw, leaf, { method: 'attributes', scores: {} })).toBe(false);
    expect(leafEntryComplete(fw, leaf, { method: 'attributes', scores: { [codes[0]!]: 60 } })).toBe(false);
    const all = Object.fromEntries(codes.map((c, i) => [c, i === 0 ? null : 40]));
    expect(leafEntryComplete(fw, leaf, { method: 'attributes', scores: all })).toBe(true);
  });

  it('refuses an entry of another method', () => {
    expect(leafEntryComplete(fw, leaf, { method: 'bands', score: 50 })).toBe(false);
  });
});
