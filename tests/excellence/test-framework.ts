import type { FrameworkInput } from '../../workflows/excellence/framework-schema.ts';
import { excellenceBands } from '../../seeds/frameworks/excellence-bands.ts';

const t = (en: string, ar: string) => ({ en, ar });

/**
 * A small points framework (100 points) whose totals are easy to compute by hand:
 * P1 enablers A 30 + B 30; P2 results C 40. Stars: 3 from 50%, 4 from 65%, 5 from 80%
 * with P2 at least 60%.
 */
export function testFramework(): FrameworkInput {
  return {
    schemaVersion: 1,
    code: 'test-model',
    version: 1,
    name: t('Test model', 'نموذج الاختبار'),
    mode: 'points',
    totalPoints: 100,
    entityTypes: [{ code: 'service_entity', name: t('Service entity', 'جهة حكومية مقدمة للخدمات') }],
    scoring: { defaultMethod: 'bands', bands: { step: 5, bands: excellenceBands } },
    nodes: [
      {
        code: 'P1',
        kind: 'enabler',
        weight: 60,
        name: t('Leadership', 'القيادة'),
        children: [
          {
            code: 'A',
            kind: 'enabler',
            weight: 30,
            name: t('Vision', 'الرؤية'),
            guidance: t('Is the vision shared?', 'هل الرؤية مشتركة؟'),
          },
          { code: 'B', kind: 'enabler', weight: 30, name: t('Governance', 'الحوكمة') },
        ],
      },
      {
        code: 'P2',
        kind: 'result',
        weight: 40,
        name: t('Results', 'النتائج'),
        children: [{ code: 'C', kind: 'result', weight: 40, name: t('Customer results', 'نتائج المتعاملين') }],
      },
    ],
    maturityLevels: [
      { code: 'starting', minPercent: 0, name: t('Starting', 'بداية') },
      { code: 'developing', minPercent: 40, name: t('Developing', 'قيد التطوير') },
      { code: 'advanced', minPercent: 70, name: t('Advanced', 'متقدم') },
    ],
    classification: {
      kind: 'stars',
      tiers: [
        { code: 'three', name: t('Three stars', 'ثلاث نجوم'), minPercent: 50, stars: 3 },
        { code: 'four', name: t('Four stars', 'أربع نجوم'), minPercent: 65, stars: 4 },
        { code: 'five', name: t('Five stars', 'خمس نجوم'), minPercent: 80, stars: 5, pillarMinimums: [{ pillar: 'P2', minPercent: 60 }] },
      ],
    },
    independenceRequired: true,
    feedbackShowsRawScores: false,
    consensusSpreadThreshold: 20,
  };
}
