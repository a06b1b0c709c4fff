import { describe, it, expect } from 'vitest';
import { maturityLevelFor } from './maturity-level.ts';

const t = (en: string) => ({ ar: en, en });
const levels = [
  { code: 'initial', minPercent: 0, name: t('Initial') },
  { code: 'developing', minPercent: 40, name: t('Developing') },
  { code: 'mature', minPercent: 70, name: t('Mature') },
];

describe('maturityLevelFor', () => {
  it('is the highest level whose minimum is reached', () => {
    expect(maturityLevelFor(levels, 0)?.code).toBe('initial');
    expect(maturityLevelFor(levels, 39.9)?.code).toBe('initial');
    expect(maturityLevelFor(levels, 40)?.code).toBe('developing');
    expect(maturityLevelFor(levels, 69.99999999)?.code).toBe('mature'); // within epsilon of 70
    expect(maturityLevelFor(levels, 100)?.code).toBe('mature');
  });

  it('is null without levels', () => {
    expect(maturityLevelFor([], 50)).toBeNull();
  });
});
