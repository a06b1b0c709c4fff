import type { FrameworkInput } from './framework-schema.ts';

/** Small framework for tests; points chosen so the arithmetic is easy to follow by hand. */
const t = (en: string) => ({ ar: `نص ${en}`, en });

export const standardBands = [
  { min: 0, max: 5, label: t('No evidence'), description: t('Nothing in place') },
  { min: 10, max: 25, label: t('Limited'), description: t('Some evidence') },
  { min: 30, max: 45, label: t('Developing'), description: t('Evidence in parts') },
  { min: 50, max: 65, label: t('Established'), description: t('Clear evidence') },
  { min: 70, max: 85, label: t('Advanced'), description: t('Comprehensive evidence') },
  { min: 90, max: 100, label: t('Leading'), description: t('Role model') },
];

export function sampleFramework(): FrameworkInput {
  // A fresh copy each time: tests mutate it.
  return structuredClone({
    schemaVersion: 1,
    code: 'sample',
    version: 1,
    name: t('Sample'),
    mode: 'points',
    totalPoints: 1000,
    entityTypes: [
      { code: 'ministry', name: t('Ministry') },
      { code: 'service_entity', name: t('Service entity') },
    ],
    scoring: {
      defaultMethod: 'bands',
      bands: { step: 5, bands: standardBands },
      attributes: {
        enabler: [
          { code: 'approach', name: t('Approach'), weight: 40 },
          { code: 'deployment', name: t('Deployment'), weight: 30 },
          { code: 'assessment', name: t('Assessment and refinement'), weight: 30 },
        ],
      },
      checklist: { partlyValue: 0.5 },
    },
    nodes: [
      {
        code: 'P1',
        name: t('Leadership'),
        kind: 'enabler',
        weight: 600,
        children: [
          {
            code: 'C1',
            name: t('Direction'),
            kind: 'enabler',
            weight: 300,
            children: [
              { code: 'C1.1', name: t('Vision'), kind: 'enabler', weight: 100 },
              { code: 'C1.2', name: t('Strategy'), kind: 'enabler', weight: 200 },
            ],
          },
          { code: 'C2', name: t('Service delivery'), kind: 'enabler', weight: 300, applicability: ['service_entity'] },
        ],
      },
      { code: 'P2', name: t('Results'), kind: 'result', weight: 400 },
    ],
    maturityLevels: [
      { code: 'initial', minPercent: 0, name: t('Initial') },
      { code: 'developing', minPercent: 40, name: t('Developing') },
      { code: 'mature', minPercent: 70, name: t('Mature') },
    ],
    classification: {
      kind: 'medals',
      tiers: [
        { code: 'silver', name: t('Silver'), minPercent: 60 },
        { code: 'gold', name: t('Gold'), minPercent: 75, pillarMinimums: [{ pillar: 'P2', minPercent: 50 }] },
        {
          code: 'platinum',
          name: t('Platinum'),
          minPercent: 90,
          pillarMinimums: [
            { pillar: 'P1', minPercent: 85 },
            { pillar: 'P2', minPercent: 85 },
          ],
        },
      ],
    },
    independenceRequired: true,
    feedbackShowsRawScores: false,
    consensusSpreadThreshold: 20,
  } satisfies FrameworkInput);
}
