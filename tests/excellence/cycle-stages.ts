import { onTestFinished } from 'vitest';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import type { DatabaseSnapshot, TestDatabase, TestDatabaseTarget } from '../support/test-databases.ts';
import { testFramework } from './test-framework.ts';

const day = 24 * 60 * 60 * 1000;
export const bands = (score: number) => ({ method: 'bands' as const, score });

/** Everyone who takes part in the test cycle: three entities (MOI, MOH, MUN) and three assessors (of PSA, MOF and MOI). */
export const people = {
  pm: 'pm-demo-2026',
  assessor1: 'assessor-demo-2026',
  assessor2: 'assessor-demo-2026',
  assessor3: 'assessor-demo-2026',
  'coord.moi': 'coord-demo-2026',
  'coord.moh': 'coord-demo-2026',
  'coord.mun': 'coord-demo-2026',
  leader: 'leader-demo-2026',
} as const;
export type Person = keyof typeof people;
export type Subject = 'MOI' | 'MOH' | 'MUN';

/**
 * The stages of the test cycle, in order. Each is reached from the one before through the
 * real HTTP API, the way full-cycle.test.ts drives it with its assertions.
 */
export const cycleStages = [
  'seeded',
  'frameworkImported',
  'opened',
  'selfAssessed',
  'scoringStarted',
  'munScoredBlind',
  'inModeration',
  'published',
  'appealDecided',
] as const;
export type CycleStage = (typeof cycleStages)[number];

/** A fresh copy of the cycle at a stage: its own database and server, everyone signed in. */
export interface CycleAt {
  running: RunningApp;
  as: Record<Person, ApiClient>;
  cycleId: string;
  assessment: Record<Subject, string>;
}

/** What a stage leaves behind besides the database: the sessions and ids the next steps use. */
interface StageState {
  cookies: Record<Person, string>;
  cycleId: string;
  assessment: Record<Subject, string>;
}

type Step = (c: CycleAt) => Promise<void>;

const steps: Record<Exclude<CycleStage, 'seeded'>, Step> = {
  async frameworkImported({ as }) {
    await as.pm.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
  },

  async opened(c) {
    const { as } = c;
    await as.pm.excellence.cycles.setPartnership.mutate({ a: 'ent-moh', b: 'ent-mof', partners: true });
    const created = await as.pm.excellence.cycles.create.mutate({
      number: 1,
      year: 2026,
      nameAr: 'الدورة الأولى',
      nameEn: 'Cycle 1',
      frameworkCode: 'test-model',
      subjectKind: 'entity',
      subjectIds: ['ent-moi', 'ent-moh', 'ent-mun'],
      entityTypes: { 'ent-moi': 'service_entity', 'ent-moh': 'service_entity', 'ent-mun': 'service_entity' },
      selfAssessmentDueAt: new Date(Date.now() + day).toISOString(),
      appealWindowDays: 1,
    });
    c.cycleId = created.cycleId;
    const view = await as.pm.excellence.cycles.get.query({ id: c.cycleId });
    for (const a of view.assessments) c.assessment[a.entityId.replace('ent-', '').toUpperCase() as Subject] = a.id;
    await as.pm.excellence.cycles.move.mutate({ id: c.cycleId, type: 'OPEN' });
  },

  /** MOI and MOH submit on time; MUN is late, gets an extension, and submits. */
  async selfAssessed({ as, assessment, running }) {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 32)]).toString('base64');
    for (const [code, coord] of [
      ['MOI', 'coord.moi'],
      ['MOH', 'coord.moh'],
    ] as const) {
      for (const node of ['A', 'B', 'C'])
        await as[coord].excellence.assessments.saveSelfScore.mutate({ id: assessment[code], nodeCode: node, entry: bands(70) });
      await as[coord].excellence.assessments.addEvidence.mutate({
        id: assessment[code],
        nodeCode: 'A',
        kind: 'file',
        file: { name: 'policy.pdf', mimeType: 'application/pdf', base64: pdf },
      });
      await as[coord].excellence.assessments.send.mutate({ id: assessment[code], type: 'SUBMIT_SELF_ASSESSMENT' });
    }
    await running.app.scheduler.fireDue(new Date(Date.now() + 2 * day));
    await as.pm.excellence.assessments.extendDeadline.mutate({
      id: assessment.MUN,
      dueAt: new Date(Date.now() + 3 * day).toISOString(),
      reason: 'Data migration at the ministry',
    });
    await as['coord.mun'].excellence.assessments.addEvidence.mutate({
      id: assessment.MUN,
      nodeCode: 'C',
      kind: 'link',
      body: 'https://example.gov/report',
    });
    await as['coord.mun'].excellence.assessments.saveSelfScore.mutate({ id: assessment.MUN, nodeCode: 'A', entry: bands(60) });
    await as['coord.mun'].excellence.assessments.send.mutate({ id: assessment.MUN, type: 'SUBMIT_SELF_ASSESSMENT' });
  },

  /** MOI: assessor1 (lead) and assessor2; MOH: assessor1 and assessor3 (lead); MUN: all three, assessor2 leads. */
  async scoringStarted({ as, assessment, cycleId }) {
    await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MOI,
      assessorIds: ['usr-assessor1', 'usr-assessor2'],
      leadAssessorId: 'usr-assessor1',
    });
    await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MOH,
      assessorIds: ['usr-assessor1', 'usr-assessor3'],
      leadAssessorId: 'usr-assessor3',
    });
    await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MUN,
      assessorIds: ['usr-assessor1', 'usr-assessor2', 'usr-assessor3'],
      leadAssessorId: 'usr-assessor2',
    });
    await as.pm.excellence.cycles.move.mutate({ id: cycleId, type: 'START_SCORING' });
  },

  /** At MUN, assessor3 and then assessor1 submit their sheets; the lead (assessor2) has not. */
  async munScoredBlind({ as, assessment }) {
    const id = assessment.MUN;
    for (const [node, score] of [
      ['A', 70],
      ['B', 70],
      ['C', 60],
    ] as const) {
      await as.assessor3.excellence.scoring.saveScore.mutate({
        id,
        nodeCode: node,
        entry: bands(score),
        strengths: [`s3-${node}`],
        afis: [`a3-${node}`],
      });
    }
    await as.assessor3.excellence.scoring.submitScores.mutate({ id });
    for (const [node, score] of [
      ['A', 75],
      ['B', 70],
      ['C', 35],
    ] as const) {
      await as.assessor1.excellence.scoring.saveScore.mutate({ id, nodeCode: node, entry: bands(score), strengths: [], afis: [] });
    }
    await as.assessor1.excellence.scoring.submitScores.mutate({ id });
  },

  /** Every sheet in, consensus recorded (MOH's flagged spread with its rationale), MUN's site visit raises C to 70, moderation started. */
  async inModeration({ as, assessment, cycleId }) {
    const sheets: [Subject, Person, Record<string, number>][] = [
      ['MOI', 'assessor1', { A: 80, B: 60, C: 70 }],
      ['MOI', 'assessor2', { A: 80, B: 60, C: 70 }],
      ['MOH', 'assessor1', { A: 100, B: 100, C: 30 }],
      ['MOH', 'assessor3', { A: 100, B: 100, C: 55 }],
      ['MUN', 'assessor2', { A: 70, B: 70, C: 65 }],
    ];
    for (const [code, who, scores] of sheets) {
      for (const [node, score] of Object.entries(scores))
        await as[who].excellence.scoring.saveScore.mutate({
          id: assessment[code],
          nodeCode: node,
          entry: bands(score),
          strengths: [],
          afis: [],
        });
      await as[who].excellence.scoring.submitScores.mutate({ id: assessment[code] });
    }
    await as.assessor3.excellence.scoring.saveConsensus.mutate({
      id: assessment.MOH,
      entries: [
        { nodeCode: 'A', percent: 100, strengths: ['Shared vision'], afis: [] },
        { nodeCode: 'B', percent: 100, strengths: [], afis: [] },
        { nodeCode: 'C', percent: 55, strengths: [], afis: ['Publish customer results'], rationale: 'Survey evidence seen on site' },
      ],
    });
    await as.assessor3.excellence.scoring.recordConsensus.mutate({ id: assessment.MOH });
    await as.assessor1.excellence.scoring.saveConsensus.mutate({
      id: assessment.MOI,
      entries: [
        { nodeCode: 'A', percent: 80, strengths: ['Clear vision'], afis: [] },
        { nodeCode: 'B', percent: 60, strengths: [], afis: ['Define decision rights', 'Review committees yearly'] },
        { nodeCode: 'C', percent: 70, strengths: [], afis: [] },
      ],
    });
    await as.assessor1.excellence.scoring.recordConsensus.mutate({ id: assessment.MOI });
    await as.assessor2.excellence.scoring.saveConsensus.mutate({
      id: assessment.MUN,
      entries: [
        { nodeCode: 'A', percent: 70, strengths: [], afis: [] },
        { nodeCode: 'B', percent: 70, strengths: [], afis: [] },
        { nodeCode: 'C', percent: 65, strengths: [], afis: ['Track complaints'], rationale: 'spread 30 discussed' },
      ],
    });
    await as.assessor2.excellence.scoring.recordConsensus.mutate({ id: assessment.MUN });
    await as.assessor2.excellence.scoring.recordSiteVisit.mutate({
      id: assessment.MUN,
      kind: 'unannounced',
      startedAt: new Date(Date.now() - 3600_000).toISOString(),
      endedAt: new Date().toISOString(),
      checklist: [{ item: 'Queue ticket issued', answer: 'yes' }],
      findings: 'Waiting time 6 minutes',
      changes: [{ nodeCode: 'C', percent: 70, reason: 'Observed service better than documented' }],
    });
    await as.pm.excellence.cycles.move.mutate({ id: cycleId, type: 'START_MODERATION' });
  },

  async published({ as, cycleId }) {
    await as.pm.excellence.cycles.move.mutate({ id: cycleId, type: 'PUBLISH' });
  },

  /** MOI appeals node B; upheld at 65%. */
  async appealDecided({ as, assessment }) {
    await as['coord.moi'].excellence.assessments.send.mutate({
      id: assessment.MOI,
      type: 'FILE_APPEAL',
      payload: { nodeCode: 'B', reason: 'Committee minutes were not considered' },
    });
    await as.pm.excellence.results.decideAppeal.mutate({
      id: assessment.MOI,
      decision: 'upheld',
      reason: 'Minutes show a working committee',
      newPercent: 65,
    });
  },
};

async function open(db: TestDatabase, state: StageState): Promise<CycleAt> {
  const running = await startTestApp(db, { seed: false });
  const as = Object.fromEntries(Object.entries(state.cookies).map(([u, cookie]) => [u, apiClient(running.url, cookie)])) as Record<
    Person,
    ApiClient
  >;
  return { running, as, cycleId: state.cycleId, assessment: { ...state.assessment } };
}

interface BuiltStage {
  snapshot: DatabaseSnapshot;
  state: StageState;
}

/**
 * Copies of the test cycle at any stage, for tests that are independent of one another. Each
 * stage is built once per target and file (from a copy of the stage before, then frozen with
 * `snapshot`); every `at()` is a new database copied from that snapshot, with its own server
 * and the sessions everyone signed in with when the cycle was seeded.
 */
export function cycleFixture(target: TestDatabaseTarget) {
  const built = new Map<CycleStage, Promise<BuiltStage>>();

  async function seeded(): Promise<BuiltStage> {
    const db = await target.create();
    const running = await startTestApp(db); // the demo accounts and entities
    try {
      const cookies = Object.fromEntries(
        await Promise.all(Object.entries(people).map(async ([u, p]) => [u, await signIn(running.url, u, p)])),
      );
      await running.close();
      return {
        snapshot: await target.snapshot(db),
        state: { cookies: cookies as Record<Person, string>, cycleId: '', assessment: { MOI: '', MOH: '', MUN: '' } },
      };
    } catch (err) {
      await running.close();
      await db.close();
      throw err;
    }
  }

  async function next(stage: Exclude<CycleStage, 'seeded'>): Promise<BuiltStage> {
    const before = await build(cycleStages[cycleStages.indexOf(stage) - 1]!);
    const db = await target.create(before.snapshot);
    const c = await open(db, before.state);
    try {
      await steps[stage](c);
      await c.running.close();
      return { snapshot: await target.snapshot(db), state: { ...before.state, cycleId: c.cycleId, assessment: c.assessment } };
    } catch (err) {
      await c.running.close();
      await db.close();
      throw err;
    }
  }

  function build(stage: CycleStage): Promise<BuiltStage> {
    let pending = built.get(stage);
    if (!pending) {
      pending = stage === 'seeded' ? seeded() : next(stage);
      built.set(stage, pending);
    }
    return pending;
  }

  return {
    /** A fresh copy of the cycle at `stage`; closed when the calling test finishes. */
    async at(stage: CycleStage): Promise<CycleAt> {
      const { snapshot, state } = await build(stage);
      const db = await target.create(snapshot);
      const c = await open(db, state);
      onTestFinished(async () => {
        await c.running.close();
        await db.close();
      });
      return c;
    },
    /** Drops every snapshot built; for afterAll. */
    async dispose(): Promise<void> {
      for (const pending of built.values()) await (await pending.catch(() => null))?.snapshot.dispose();
    },
  };
}
