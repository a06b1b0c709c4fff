import { describe, it, expect } from 'vitest';
import { feedbackScore } from './feedback-score.ts';
import { framework } from './framework-schema.ts';
import { sampleFramework } from './framework.fixture.ts';

describe('feedbackScore', () => {
  it('shows the band, not the number, when the framework hides raw scores', () => {
    const fw = framework.parse(sampleFramework()); // feedbackShowsRawScores: false
    expect(feedbackScore(fw, 55)).toEqual({ shows: 'band', band: { ar: 'نص Established', en: 'Established' }, min: 50, max: 65 });
  });

  it('shows the number and its band otherwise', () => {
    const fw = framework.parse({ ...sampleFramework(), feedbackShowsRawScores: true });
    expect(feedbackScore(fw, 72.5)).toEqual({ shows: 'raw', percent: 72.5, band: { ar: 'نص Advanced', en: 'Advanced' } });
  });
});
