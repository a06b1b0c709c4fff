import { describe, it, expect } from 'vitest';
import { paretoByCategory, vitalFew } from './pareto.ts';

function complaints(counts: Record<string, number>): { category: string }[] {
  return Object.entries(counts).flatMap(([category, n]) => Array.from({ length: n }, () => ({ category })));
}

describe('paretoByCategory', () => {
  it('sorts, accumulates and marks the vital few', () => {
    // 20 complaints: waiting 9 (45%), documents 5 (25% -> 70%), fees 3 (15% -> 85%), staff 2 (10% -> 95%), other 1 (5% -> 100%)
    const rows = paretoByCategory(complaints({ other: 1, fees: 3, waiting: 9, staff: 2, documents: 5 }));
    expect(rows.map((r) => [r.category, r.count, r.percent, r.cumulativePercent, r.vital])).toEqual([
      ['waiting', 9, 45, 45, true],
      ['documents', 5, 25, 70, true],
      ['fees', 3, 15, 85, true], // starts at 70 < 80: crosses the threshold, included
      ['staff', 2, 10, 95, false],
      ['other', 1, 5, 100, false],
    ]);
    expect(vitalFew(rows)).toEqual(['waiting', 'documents', 'fees']);
  });

  it('stops exactly at the threshold and breaks ties by name', () => {
    // 10 complaints: b 4, a 4 (80% exactly), c 2: c starts at 80, not vital
    const rows = paretoByCategory(complaints({ c: 2, b: 4, a: 4 }));
    expect(rows.map((r) => [r.category, r.vital])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });

  it('returns nothing for no complaints', () => {
    expect(paretoByCategory([])).toEqual([]);
  });
});
