import { describe, it, expect } from 'vitest';
import { classify, compositeScore } from './classification.ts';
import { classificationRules } from './framework-schema.ts';
import { framework } from './framework-schema.ts';
import { sampleFramework } from './framework.fixture.ts';

const t = (en: string) => ({ ar: en, en });
// silver >= 60; gold >= 75 with P2 >= 50; platinum >= 90 with P1 and P2 >= 85.
const medals = framework.parse(sampleFramework()).classification!;

const stars = classificationRules.parse({
  kind: 'stars',
  composite: [
    { source: 'assessment', name: t('Assessment'), weight: 35 },
    { source: 'customer_feedback', name: t('Customer feedback'), weight: 65 },
  ],
  tiers: [2, 3, 4, 5, 6, 7].map((n) => ({ code: `${n}_stars`, name: t(`${n} stars`), stars: n, minPercent: 40 + (n - 2) * 10 })),
});

describe('classify', () => {
  it('gives the highest tier reached and says why the next is not', () => {
    const result = classify(medals, { assessmentPercent: 82, pillarPercents: { P1: 80, P2: 90 } });
    expect(result.tier?.code).toBe('gold');
    expect(result.reasons).toEqual([
      { code: 'below_threshold', tier: 'platinum', score: 82, minPercent: 90 },
      { code: 'tier_met', tier: 'gold', score: 82, minPercent: 75 },
    ]);
  });

  it('a pillar under its minimum holds an entity below a tier its total reaches', () => {
    const result = classify(medals, { assessmentPercent: 92, pillarPercents: { P1: 80, P2: 95 } });
    expect(result.tier?.code).toBe('gold');
    expect(result.reasons[0]).toEqual({ code: 'pillar_below_minimum', tier: 'platinum', pillar: 'P1', percent: 80, minPercent: 85 });
  });

  it('falls through several tiers on pillar minimums', () => {
    // 78 reaches gold's 75 but P2 45 < 50 -> silver.
    const result = classify(medals, { assessmentPercent: 78, pillarPercents: { P1: 90, P2: 45 } });
    expect(result.tier?.code).toBe('silver');
    expect(result.reasons.map((r) => r.code)).toEqual(['below_threshold', 'pillar_below_minimum', 'tier_met']);
  });

  it('skips the minimum of a pillar that does not apply (absent)', () => {
    expect(classify(medals, { assessmentPercent: 80, pillarPercents: { P1: 80 } }).tier?.code).toBe('gold');
  });

  it('gives no label under the lowest tier', () => {
    const result = classify(medals, { assessmentPercent: 50, pillarPercents: { P1: 50, P2: 50 } });
    expect(result.tier).toBeNull();
    expect(result.reasons.at(-1)).toEqual({ code: 'below_lowest_tier', score: 50, minPercent: 60 });
  });

  it('mixes sources in a composite: assessment 35% + customer feedback 65%', () => {
    // 80 x 0.35 + 90 x 0.65 = 28 + 58.5 = 86.5 -> 6 stars (>= 80, < 90)
    const result = classify(stars, { assessmentPercent: 80, pillarPercents: {}, sources: { customer_feedback: 90 } });
    expect(result.score).toBeCloseTo(86.5, 9);
    expect(result.tier?.stars).toBe(6);
    expect(result.parts.map((p) => [p.source, p.contribution])).toEqual([
      ['assessment', 28],
      ['customer_feedback', 58.5],
    ]);
  });

  it('starts at two stars: 30% composite gets no stars', () => {
    // 30 x 0.35 + 30 x 0.65 = 30 < 40
    expect(classify(stars, { assessmentPercent: 30, pillarPercents: {}, sources: { customer_feedback: 30 } }).tier).toBeNull();
  });

  it('refuses to classify when a composite source is missing', () => {
    const result = classify(stars, { assessmentPercent: 95, pillarPercents: {} });
    expect(result).toEqual({
      tier: null,
      score: null,
      parts: [{ source: 'assessment', weight: 35, percent: 95, contribution: 33.25 }],
      reasons: [{ code: 'missing_component', source: 'customer_feedback' }],
    });
  });

  it('without a composite the score is the assessment percent', () => {
    expect(compositeScore(medals, { assessmentPercent: 64, pillarPercents: {} })).toEqual({ score: 64, parts: [], missing: [] });
  });
});
