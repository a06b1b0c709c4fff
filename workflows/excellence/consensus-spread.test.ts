import { describe, it, expect } from 'vitest';
import { consensusSpread, needsRationale } from './consensus-spread.ts';

describe('consensusSpread', () => {
  it('is max - min per node, flagged strictly above the threshold', () => {
    const scores = [
      { assessorId: 'a', nodeCode: '1.1', percent: 50 },
      { assessorId: 'b', nodeCode: '1.1', percent: 75 },
      { assessorId: 'c', nodeCode: '1.1', percent: 60 },
      { assessorId: 'a', nodeCode: '1.2', percent: 40 },
      { assessorId: 'b', nodeCode: '1.2', percent: 60 },
    ];
    // 1.1: 75 - 50 = 25 > 20 flagged; 1.2: 60 - 40 = 20, not above 20.
    expect(consensusSpread(scores, 20)).toEqual([
      { nodeCode: '1.1', min: 50, max: 75, spread: 25, assessorCount: 3, flagged: true },
      { nodeCode: '1.2', min: 40, max: 60, spread: 20, assessorCount: 2, flagged: false },
    ]);
  });

  it('a single assessor has no spread', () => {
    expect(consensusSpread([{ assessorId: 'a', nodeCode: 'x', percent: 35 }], 0)).toEqual([
      { nodeCode: 'x', min: 35, max: 35, spread: 0, assessorCount: 1, flagged: false },
    ]);
  });

  it('is empty for no scores', () => {
    expect(consensusSpread([], 20)).toEqual([]);
  });

  it('leaves unscored leaves out', () => {
    const scores = [
      { assessorId: 'a', nodeCode: 'x', percent: 20 },
      { assessorId: 'b', nodeCode: 'x', percent: null },
      { assessorId: 'a', nodeCode: 'y', percent: null },
    ];
    expect(consensusSpread(scores, 10)).toEqual([{ nodeCode: 'x', min: 20, max: 20, spread: 0, assessorCount: 1, flagged: false }]);
  });
});

describe('needsRationale', () => {
  it('asks for a rationale only where the spread is flagged and the rationale is blank', () => {
    expect(needsRationale({ flagged: true }, '')).toBe(true);
    expect(needsRationale({ flagged: true }, '  \n ')).toBe(true);
    expect(needsRationale({ flagged: true }, 'Site visit evidence')).toBe(false);
    expect(needsRationale({ flagged: false }, '')).toBe(false);
    expect(needsRationale(undefined, '')).toBe(false);
  });
});
