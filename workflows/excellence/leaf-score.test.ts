import { describe, it, expect } from 'vitest';
import { leafPercent } from './leaf-score.ts';
import { framework } from './framework-schema.ts';
import { findNode } from './framework-nodes.ts';
import { sampleFramework } from './framework.fixture.ts';

const input = sampleFramework();
input.nodes[0]!.children![1]!.method = 'attributes';
input.nodes[1]!.method = 'checklist';
input.nodes[1]!.items = [
  { code: 'kpi', text: { ar: 'مؤشر', en: 'KPI met' }, weight: 3 },
  { code: 'trend', text: { ar: 'اتجاه', en: 'Improving trend' }, weight: 1 },
];
const fw = framework.parse(input);
const node = (code: string) => findNode(fw, code)!;

describe('leafPercent', () => {
  it('takes a band score as is, and null as not applicable', () => {
    expect(leafPercent(fw, node('C1.1'), { method: 'bands', score: 65 })).toBe(65);
    expect(leafPercent(fw, node('C1.1'), { method: 'bands', score: null })).toBeNull();
    expect(() => leafPercent(fw, node('C1.1'), { method: 'bands', score: 66 })).toThrow(RangeError);
  });

  it('combines enabler attributes', () => {
    // (80x40 + 60x30 + 40x30) / 100 = 32 + 18 + 12 = 62
    expect(leafPercent(fw, node('C2'), { method: 'attributes', scores: { approach: 80, deployment: 60, assessment: 40 } })).toBe(62);
  });

  it('scores a checklist leaf with the framework partly value', () => {
    // kpi partly 3 x 0.5 = 1.5, trend yes 1 -> 2.5 / 4 = 62.5%
    expect(leafPercent(fw, node('P2'), { method: 'checklist', answers: { kpi: 'partly', trend: 'yes' } })).toBe(62.5);
  });

  it('refuses an entry for another method', () => {
    expect(() => leafPercent(fw, node('C2'), { method: 'bands', score: 50 })).toThrow(/attributes/);
  });
});
