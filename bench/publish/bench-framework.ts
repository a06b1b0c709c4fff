import type { FrameworkInput } from '../../workflows/excellence/framework-schema.ts';
import { excellenceBands } from '../../seeds/frameworks/excellence-bands.ts';

const t = (en: string) => ({ en, ar: en });

/** Six pillars of ten band-scored leaves, 10 points each: 60 leaves, 600 points. */
export function benchFramework(): FrameworkInput {
  return {
    schemaVersion: 1,
    code: 'bench-model',
    version: 1,
    name: t('Benchmark model'),
    mode: 'points',
    totalPoints: 600,
    entityTypes: [{ code: 'service_entity', name: t('Service entity') }],
    scoring: { defaultMethod: 'bands', bands: { step: 5, bands: excellenceBands } },
    nodes: Array.from({ length: 6 }, (_, p) => ({
      code: `P${p + 1}`,
      kind: p < 4 ? ('enabler' as const) : ('result' as const),
      weight: 100,
      name: t(`Pillar ${p + 1}`),
      children: Array.from({ length: 10 }, (_, l) => ({
        code: `P${p + 1}.${l + 1}`,
        kind: p < 4 ? ('enabler' as const) : ('result' as const),
        weight: 10,
        name: t(`Leaf ${p + 1}.${l + 1}`),
      })),
    })),
    maturityLevels: [
      { code: 'starting', minPercent: 0, name: t('Starting') },
      { code: 'developing', minPercent: 40, name: t('Developing') },
      { code: 'advanced', minPercent: 70, name: t('Advanced') },
    ],
    classification: {
      kind: 'stars',
      tiers: [
        { code: 's3', name: t('3 stars'), minPercent: 50, stars: 3 },
        { code: 's5', name: t('5 stars'), minPercent: 75, stars: 5, pillarMinimums: [{ pillar: 'P5', minPercent: 60 }] },
      ],
    },
    independenceRequired: false,
    feedbackShowsRawScores: true,
    consensusSpreadThreshold: 20,
  };
}
