import { describe, it, expect } from 'vitest';
import { nodePoints } from './node-points.ts';

describe('nodePoints', () => {
  it('is percent of the node points', () => {
    expect(nodePoints(65, 80)).toBe(52); // 0.65 x 80
    expect(nodePoints(0, 80)).toBe(0);
    expect(nodePoints(100, 37.5)).toBe(37.5);
  });

  it('refuses a percent outside 0..100', () => {
    expect(() => nodePoints(105, 80)).toThrow(RangeError);
    expect(() => nodePoints(-1, 80)).toThrow(RangeError);
  });
});
