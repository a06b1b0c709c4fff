import { describe, it, expect } from 'vitest';
import { rankServices } from './service-prioritisation.ts';

const candidates = [
  { serviceCode: 'A', volume: 100_000, satisfaction: 3, complaints: 50, strategicWeight: 0.5 },
  { serviceCode: 'B', volume: 20_000, satisfaction: 2, complaints: 150, strategicWeight: 1 },
  { serviceCode: 'C', volume: 60_000, satisfaction: 4, complaints: 100, strategicWeight: 0 },
];

describe('rankServices', () => {
  it('ranks by equal weights and explains each factor', () => {
    // volume:          A 1, B 0, C (60-20)/(100-20) = 0.5
    // dissatisfaction: A 2 -> (2-1)/(3-1) = 0.5, B 3 -> 1, C 1 -> 0
    // complaints:      A 0, B 1, C 0.5
    // strategic:       A 0.5, B 1, C 0
    // scores (each weight 0.25): A (1+0.5+0+0.5)/4 = 0.5, B (0+1+1+1)/4 = 0.75, C (0.5+0+0.5+0)/4 = 0.25
    const ranked = rankServices(candidates);
    expect(ranked.map((r) => [r.rank, r.serviceCode, r.score])).toEqual([
      [1, 'B', 0.75],
      [2, 'A', 0.5],
      [3, 'C', 0.25],
    ]);
    expect(ranked[1]!.factors.dissatisfaction).toEqual({ raw: 2, normalised: 0.5, weight: 0.25, contribution: 0.125 });
  });

  it('follows user weights', () => {
    // volume only: A 1, C 0.5, B 0
    const ranked = rankServices(candidates, { volume: 3, dissatisfaction: 0, complaints: 0, strategic: 0 });
    expect(ranked.map((r) => [r.serviceCode, r.score])).toEqual([
      ['A', 1],
      ['C', 0.5],
      ['B', 0],
    ]);
  });

  it('gives a constant factor no weight in the order and shares ranks on ties', () => {
    const ranked = rankServices([
      { serviceCode: 'X', volume: 10, satisfaction: 3, complaints: 5, strategicWeight: 1 },
      { serviceCode: 'Y', volume: 10, satisfaction: 3, complaints: 5, strategicWeight: 1 },
      { serviceCode: 'Z', volume: 0, satisfaction: 3, complaints: 5, strategicWeight: 1 },
    ]);
    // only volume varies: X and Y normalise to 1, Z to 0; score 1 * 0.25
    expect(ranked.map((r) => [r.rank, r.serviceCode, r.score])).toEqual([
      [1, 'X', 0.25],
      [1, 'Y', 0.25],
      [3, 'Z', 0],
    ]);
  });
});
