import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import type { FrameworkInput } from '../../workflows/excellence/framework-schema.ts';
import { testFramework } from './test-framework.ts';

const day = 24 * 60 * 60 * 1000;
const t = (en: string, ar: string) => ({ en, ar });

/** The test framework rating centres 1-7 stars from assessment 35% + customer feedback 50% + mystery shopper 15%. */
function centreFramework(): FrameworkInput {
  const fw = testFramework();
  return {
    ...fw,
    code: 'test-centres',
    independenceRequired: false,
    classification: {
      kind: 'stars',
      composite: [
        { source: 'assessment', name: t('Assessment', 'التقييم'), weight: 35 },
        { source: 'customer_feedback', name: t('Customer feedback', 'آراء المتعاملين'), weight: 50 },
        { source: 'mystery_shopper', name: t('Mystery shopper', 'المتسوق السري'), weight: 15 },
      ],
      tiers: [1, 2, 3, 4, 5, 6, 7].map((stars, i) => ({
        code: `s${stars}`,
        stars,
        minPercent: [0, 30, 45, 60, 70, 80, 90][i]!,
        name: t(`${stars} stars`, `${stars} نجوم`),
      })),
    },
  };
}

const centres = { C01: 'ctr-moi-c01', C02: 'ctr-moi-c02', R01: 'ctr-moi-r01' } as const;

describe.each(testDatabases())('service-centre star ratings from the composite on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  const as: Record<string, ApiClient> = {};
  let cycleId = '';
  const assessment: Record<string, string> = {};

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    for (const [u, p] of [
      ['pm', 'pm-demo-2026'],
      ['assessor1', 'assessor-demo-2026'],
      ['coord.moi', 'coord-demo-2026'],
    ] as const)
      as[u] = apiClient(running.url, await signIn(running.url, u, p));
    await as.pm!.excellence.frameworks.import.mutate({ json: JSON.stringify(centreFramework()) });
    const created = await as.pm!.excellence.cycles.create.mutate({
      number: 1,
      year: 2026,
      nameAr: 'تقييم المراكز',
      nameEn: 'Centres',
      frameworkCode: 'test-centres',
      subjectKind: 'centre',
      subjectIds: Object.values(centres),
      entityTypes: Object.fromEntries(Object.values(centres).map((c) => [c, 'service_entity'])),
      selfAssessmentDueAt: new Date(Date.now() + day).toISOString(),
    });
    cycleId = created.cycleId;
    for (const a of (await as.pm!.excellence.cycles.get.query({ id: cycleId })).assessments) assessment[a.subjectId] = a.id;
    await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'OPEN' });
    const scores: Record<string, Record<string, number>> = {
      [centres.C01]: { A: 80, B: 60, C: 70 }, // 24 + 18 + 28 = 70%
      [centres.C02]: { A: 50, B: 50, C: 50 }, // 50%
      [centres.R01]: { A: 100, B: 100, C: 100 }, // 100%
    };
    for (const id of Object.values(assessment)) {
      await as['coord.moi']!.excellence.assessments.send.mutate({ id, type: 'SUBMIT_SELF_ASSESSMENT' });
      await as.pm!.excellence.assessments.assignTeam.mutate({ id, assessorIds: ['usr-assessor1'], leadAssessorId: 'usr-assessor1' });
    }
    await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'START_SCORING' });
    for (const [centre, id] of Object.entries(assessment)) {
      for (const [node, score] of Object.entries(scores[centre]!))
        await as.assessor1!.excellence.scoring.saveScore.mutate({
          id,
          nodeCode: node,
          entry: { method: 'bands', score },
          strengths: [],
          afis: [],
        });
      await as.assessor1!.excellence.scoring.submitScores.mutate({ id });
      await as.assessor1!.excellence.scoring.saveConsensus.mutate({
        id,
        entries: Object.entries(scores[centre]!).map(([nodeCode, percent]) => ({ nodeCode, percent, strengths: [], afis: [] })),
      });
      await as.assessor1!.excellence.scoring.recordConsensus.mutate({ id });
    }
    await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'START_MODERATION' });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('records the other sources per centre, validated, with history, for the programme only', async () => {
    const form = await as.pm!.excellence.results.compositeSources.query({ cycleId });
    expect(form.required).toEqual(['customer_feedback', 'mystery_shopper']);
    expect(form.subjects.map((s) => [s.subjectId, s.sources])).toEqual(
      Object.values(centres)
        .sort()
        .map((c) => [c, {}]),
    );
    await as.pm!.excellence.results.recordCompositeSources.mutate({
      cycleId,
      subjectId: centres.C01,
      values: { customer_feedback: 90, mystery_shopper: 80 },
    });
    await as.pm!.excellence.results.recordCompositeSources.mutate({
      cycleId,
      subjectId: centres.C02,
      values: { customer_feedback: 60, mystery_shopper: 40 },
    });
    await as.pm!.excellence.results.recordCompositeSources.mutate({ cycleId, subjectId: centres.R01, values: { customer_feedback: 95 } });
    expect(
      await refusal(
        as.pm!.excellence.results.recordCompositeSources.mutate({ cycleId, subjectId: centres.C01, values: { customer_feedback: 101 } }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.validation' });
    expect(
      await refusal(
        as.pm!.excellence.results.recordCompositeSources.mutate({ cycleId, subjectId: centres.C01, values: { employee_survey: 50 } }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.sourceNotInComposite' });
    expect(
      await refusal(
        as.pm!.excellence.results.recordCompositeSources.mutate({ cycleId, subjectId: 'ctr-moh-c01', values: { customer_feedback: 50 } }),
      ),
    ).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.excellence.unknownSubject' });
    expect(
      await refusal(
        as['coord.moi']!.excellence.results.recordCompositeSources.mutate({
          cycleId,
          subjectId: centres.C01,
          values: { customer_feedback: 100 },
        }),
      ),
    ).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' });
    // A second value for C01's customer feedback is one more history row with where it came from.
    await as.pm!.excellence.results.recordCompositeSources.mutate({ cycleId, subjectId: centres.C01, values: { customer_feedback: 90 } }); // unchanged: no row
    const history = await running.db
      .selectFrom('excellence_composite_source_history')
      .select(['subject_id', 'source', 'from_percent', 'to_percent'])
      .where('cycle_id', '=', cycleId)
      .orderBy('id')
      .execute();
    expect(history).toHaveLength(5); // C01 x2, C02 x2, R01 x1; refusals and the unchanged value wrote nothing
    expect(history[0]).toEqual({ subject_id: centres.C01, source: 'customer_feedback', from_percent: null, to_percent: 90 });
  });

  it('classifies centres with the composite at publication and refuses to classify one with a missing source', async () => {
    await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'PUBLISH' });
    const ranking = await as.pm!.excellence.results.ranking.query({ cycleId });
    // C01: 0.35x70 + 0.50x90 + 0.15x80 = 24.5 + 45 + 12 = 81.5 -> 6 stars (>= 80).
    // C02: 0.35x50 + 0.50x60 + 0.15x40 = 17.5 + 30 + 6 = 53.5 -> 3 stars (>= 45).
    // R01: mystery shopper missing -> no label, although its assessment alone is 100%.
    expect(ranking.map((r) => [r.subjectId, r.rank, r.stars, r.missingSources])).toEqual([
      [centres.R01, 1, null, ['mystery_shopper']],
      [centres.C01, 2, 6, []],
      [centres.C02, 3, 3, []],
    ]);
    // Centres are named for themselves, not for their ministry.
    expect(ranking.map((r) => r.nameEn)).toEqual([
      'Security Services App',
      'Passports Service Centre - North',
      'Traffic Service Centre - Capital',
    ]);
    const progress = await as.pm!.excellence.cycles.get.query({ id: cycleId });
    expect(progress.assessments.map((a) => a.subjectNameEn).sort()).toEqual([
      'Passports Service Centre - North',
      'Security Services App',
      'Traffic Service Centre - Capital',
    ]);
    const r01 = await as['coord.moi']!.excellence.results.result.query({ id: assessment[centres.R01]! });
    expect(r01.classification).toMatchObject({
      score: null,
      reasons: [{ code: 'missing_component', source: 'mystery_shopper' }],
      missing: [{ source: 'mystery_shopper' }],
    });
    const c01 = await as['coord.moi']!.excellence.results.result.query({ id: assessment[centres.C01]! });
    expect(c01.classification!.score).toBeCloseTo(81.5, 9);
    expect(c01.classification!.parts.map((p) => [p.source, p.contribution])).toEqual([
      ['assessment', 24.5],
      ['customer_feedback', 45],
      ['mystery_shopper', 12],
    ]);
  });

  it('re-rates a centre when its missing source is recorded after publication', async () => {
    await as.pm!.excellence.results.recordCompositeSources.mutate({ cycleId, subjectId: centres.R01, values: { mystery_shopper: 100 } });
    // R01: 35 + 0.50x95 + 15 = 35 + 47.5 + 15 = 97.5 -> 7 stars.
    const ranking = await as.pm!.excellence.results.ranking.query({ cycleId });
    expect(ranking.map((r) => [r.subjectId, r.stars])).toEqual([
      [centres.R01, 7],
      [centres.C01, 6],
      [centres.C02, 3],
    ]);
  });
});
