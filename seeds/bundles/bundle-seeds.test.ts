import { describe, it, expect } from 'vitest';
import { bundleSchema } from '../../workflows/bundles/bundle.ts';
import { baselineFigures, bundleComparison } from '../../workflows/bundles/bundle-metrics.ts';
import { lifeEvents } from '../../workflows/bundles/life-events.ts';
import { bundleSeeds, doingBusinessBundle, newBabyBundle } from './index.ts';

describe('bundle seeds', () => {
  it.each(bundleSeeds.map((b) => [b.id, b] as const))('%s passes the bundle schema', (_id, bundle) => {
    const result = bundleSchema.safeParse(bundle);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('covers each of the eight life events exactly once', () => {
    expect(bundleSeeds.map((b) => b.lifeEvent).sort()).toEqual([...lifeEvents].sort());
    expect(new Set(bundleSeeds.map((b) => b.id)).size).toBe(8);
  });

  it('every service has Arabic and English names', () => {
    for (const bundle of bundleSeeds) {
      for (const service of bundle.services) {
        expect(service.name.ar).toMatch(/[\u0600-\u06FF]/);
        expect(service.name.en).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('the new baby bundle shows the published before/after', () => {
    const c = bundleComparison(newBabyBundle);
    expect(c && [c.services, c.steps, c.documents, c.visits, c.days].map((f) => [f.baseline, f.target])).toEqual([
      [8, 1],
      [15, 5],
      [16, 5],
      [7, 2],
      [30, 5],
    ]);
  });

  it('doing business baseline, computed by hand', () => {
    // steps 3+3+3+2+2 = 13; documents 3+3+3+2+1 = 12; visits 1+2+2+1+0 = 6
    // days: g1 3 + g2 10 + g3 max(7,5,2) = 7 → 20; fees 500+300+1000+200+0 = 2000
    expect(baselineFigures(doingBusinessBundle)).toEqual({ services: 5, steps: 13, documents: 12, visits: 6, days: 20, fees: 2000 });
  });
});
