import { describe, it, expect } from 'vitest';
import { designFromWorkshop, recordDesign } from './bundle-history.ts';
import type { BundleDesign } from './bundle-design.ts';

const design = (platformId: string): BundleDesign => ({
  platforms: [{ id: platformId, name: { en: platformId, ar: platformId }, channels: ['website'] }],
  steps: [
    { id: 's', title: { en: 's', ar: 's' }, platformId, replacesServiceIds: [], visit: false, fees: 0, typicalDays: 1, parallelGroup: 1 },
  ],
  documents: [],
});

describe('recordDesign', () => {
  it('numbers versions after the last one and keeps the history', () => {
    const first = recordDesign({ designs: [] }, design('a'), { workshopId: 'w1', at: '2026-01-01T00:00:00.000Z' });
    const second = recordDesign({ designs: first }, design('b'), { workshopId: 'w2', at: '2026-02-01T00:00:00.000Z' });
    expect(second.map((d) => [d.version, d.workshopId])).toEqual([
      [1, 'w1'],
      [2, 'w2'],
    ]);
    expect(designFromWorkshop({ designs: second }, 'w1')?.design.platforms[0]?.id).toBe('a');
    expect(designFromWorkshop({ designs: second }, 'w3')).toBeUndefined();
  });
});
