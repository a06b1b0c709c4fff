import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/test-databases.ts';
import { refusal } from '../support/api-client.ts';
import { testFramework } from './test-framework.ts';
import { bands, cycleFixture, type Person } from './cycle-stages.ts';
import { strFromU8, unzipSync } from 'fflate';

const day = 24 * 60 * 60 * 1000;

/**
 * One cycle of the test framework through the HTTP API, three entities (MOI, MOH, MUN) and
 * three assessors (assessor1 of PSA, assessor2 of MOF, assessor3 of MOI), from planning to
 * closed, with the totals, classifications and ranks worked out by hand. Each test starts
 * from its own copy of the cycle at the stage it needs (cycle-stages.ts), so any one of them
 * runs alone and none depends on another having run first.
 */
describe.each(testDatabases())('excellence cycle through the API on $name', (target) => {
  const cycle = cycleFixture(target);
  afterAll(() => cycle.dispose());

  it('seeds the three reference frameworks and imports the test framework', async () => {
    const { as } = await cycle.at('seeded');
    const list = await as.pm!.excellence.frameworks.list.query();
    expect(list.map((f) => f.code).sort()).toEqual(['gov-excellence', 'mystery-shopper', 'service-centre-guide']);
    const saved = await as.pm!.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
    expect(saved).toEqual({ code: 'test-model', version: 1, created: true });
    expect(await refusal(as['coord.moi']!.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
  });

  it('creates the cycle, freezing the framework, and opens it', async () => {
    const { as } = await cycle.at('frameworkImported');
    await as.pm!.excellence.cycles.setPartnership.mutate({ a: 'ent-moh', b: 'ent-mof', partners: true });
    const created = await as.pm!.excellence.cycles.create.mutate({
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
    const cycleId = created.cycleId;
    const view = await as.pm!.excellence.cycles.get.query({ id: cycleId });
    expect(view.assessments.map((a) => a.entityId).sort()).toEqual(['ent-moh', 'ent-moi', 'ent-mun']);
    expect(view.assessments.map((a) => a.state)).toEqual(['planning', 'planning', 'planning']);
    const moved = await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'OPEN' });
    expect(moved.state).toBe('open');
    expect(moved.moved.every((m) => m.events.join() === 'START_SELF_ASSESSMENT')).toBe(true);
    const frameworks = await as.pm!.excellence.frameworks.list.query();
    expect(frameworks.find((f) => f.code === 'test-model')).toMatchObject({ version: 1, frozen: true });
  });

  it('records self-assessments with evidence; a late one is marked and notified, and the manager extends it', async () => {
    const { running, as, assessment } = await cycle.at('opened');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 32)]).toString('base64');
    for (const [code, coord] of [
      ['MOI', 'coord.moi'],
      ['MOH', 'coord.moh'],
    ] as const) {
      for (const node of ['A', 'B', 'C'])
        await as[coord]!.excellence.assessments.saveSelfScore.mutate({ id: assessment[code], nodeCode: node, entry: bands(70) });
      await as[coord]!.excellence.assessments.addEvidence.mutate({
        id: assessment[code],
        nodeCode: 'A',
        kind: 'file',
        file: { name: 'policy.pdf', mimeType: 'application/pdf', base64: pdf },
      });
      await as[coord]!.excellence.assessments.send.mutate({ id: assessment[code], type: 'SUBMIT_SELF_ASSESSMENT' });
    }
    // Two days on, MUN's deadline timer fires: late, and the coordinator and the programme are told.
    await running.app.scheduler.fireDue(new Date(Date.now() + 2 * day));
    const mun = await as['coord.mun']!.excellence.assessments.get.query({ id: assessment.MUN });
    expect(mun).toMatchObject({ state: 'self_assessment.late', late: true });
    const notices = await running.db
      .selectFrom('notifications')
      .select(['recipient_user_id'])
      .where('kind', '=', 'excellence.notices.selfAssessmentLate')
      .execute();
    expect(notices.map((n) => n.recipient_user_id).sort()).toEqual(['usr-coord-mun', 'usr-pm']);
    // Only the manager extends; the new date re-opens it.
    expect(
      await refusal(
        as['coord.mun']!.excellence.assessments.extendDeadline.mutate({
          id: assessment.MUN,
          dueAt: new Date(Date.now() + 3 * day).toISOString(),
          reason: 'x',
        }),
      ),
    ).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' });
    await as.pm!.excellence.assessments.extendDeadline.mutate({
      id: assessment.MUN,
      dueAt: new Date(Date.now() + 3 * day).toISOString(),
      reason: 'Data migration at the ministry',
    });
    expect((await as['coord.mun']!.excellence.assessments.get.query({ id: assessment.MUN })).state).toBe('self_assessment.open');
    await as['coord.mun']!.excellence.assessments.addEvidence.mutate({
      id: assessment.MUN,
      nodeCode: 'C',
      kind: 'link',
      body: 'https://example.gov/report',
    });
    await as['coord.mun']!.excellence.assessments.saveSelfScore.mutate({ id: assessment.MUN, nodeCode: 'A', entry: bands(60) });
    await as['coord.mun']!.excellence.assessments.send.mutate({ id: assessment.MUN, type: 'SUBMIT_SELF_ASSESSMENT' });
  });

  it('refuses bad evidence files and bad scores, changing nothing', async () => {
    const { as, assessment } = await cycle.at('selfAssessed');
    const id = assessment.MUN;
    // MUN's self-assessment is submitted: no more edits.
    expect(await refusal(as['coord.mun']!.excellence.assessments.saveSelfScore.mutate({ id, nodeCode: 'A', entry: bands(50) }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.excellence.selfAssessmentClosed',
    });
    const evidence = await as['coord.moi']!.excellence.assessments.evidence.query({ id: assessment.MOI });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ kind: 'file', fileName: 'policy.pdf', mimeType: 'application/pdf', sizeBytes: 109 });
  });

  it('refuses a team with a conflict of interest (own entity, service partner) and keeps none of it', async () => {
    const { running, as, assessment } = await cycle.at('selfAssessed');
    // assessor3 belongs to MOI.
    expect(
      await refusal(
        as.pm!.excellence.assessments.assignTeam.mutate({
          id: assessment.MOI,
          assessorIds: ['usr-assessor1', 'usr-assessor3'],
          leadAssessorId: 'usr-assessor1',
        }),
      ),
    ).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.excellence.conflict.own_entity',
    });
    // assessor2 belongs to MOF, which delivers services with MOH; the framework requires independence.
    expect(
      await refusal(
        as.pm!.excellence.assessments.assignTeam.mutate({
          id: assessment.MOH,
          assessorIds: ['usr-assessor2', 'usr-assessor1'],
          leadAssessorId: 'usr-assessor1',
        }),
      ),
    ).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.excellence.conflict.service_partner',
    });
    // Through the generic workflow API the same rule holds.
    expect(
      await refusal(
        as.pm!.workflows.send.mutate({
          id: assessment.MOI,
          type: 'ASSIGN_TEAM',
          payload: { assessorIds: ['usr-assessor3'], leadAssessorId: 'usr-assessor3' },
        }),
      ),
    ).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.excellence.conflict.own_entity',
    });
    const rows = await running.db.selectFrom('excellence_team_members').selectAll().execute();
    expect(rows).toEqual([]);
    expect((await as.pm!.excellence.assessments.get.query({ id: assessment.MOI })).state).toBe('assessor_assignment');
  });

  it('assigns teams with one lead each and starts scoring from the cycle', async () => {
    const { as, cycleId, assessment } = await cycle.at('selfAssessed');
    await as.pm!.excellence.assessments.assignTeam.mutate({
      id: assessment.MOI,
      assessorIds: ['usr-assessor1', 'usr-assessor2'],
      leadAssessorId: 'usr-assessor1',
    });
    await as.pm!.excellence.assessments.assignTeam.mutate({
      id: assessment.MOH,
      assessorIds: ['usr-assessor1', 'usr-assessor3'],
      leadAssessorId: 'usr-assessor3',
    });
    await as.pm!.excellence.assessments.assignTeam.mutate({
      id: assessment.MUN,
      assessorIds: ['usr-assessor1', 'usr-assessor2', 'usr-assessor3'],
      leadAssessorId: 'usr-assessor2',
    });
    const pool = await as.pm!.excellence.cycles.pool.query();
    expect(pool.map((p) => [p.username, p.workload])).toEqual([
      ['assessor1', 3],
      ['assessor2', 2],
      ['assessor3', 2],
    ]);
    const moved = await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'START_SCORING' });
    expect(moved.moved.map((m) => m.events.join())).toEqual(['START_SCORING', 'START_SCORING', 'START_SCORING']);
  });

  it('keeps scoring blind until the reader has submitted, for assessors and entity users alike', async () => {
    const { as, assessment } = await cycle.at('scoringStarted');
    const id = assessment.MUN;
    // assessor3 scores and submits first.
    for (const [node, score] of [
      ['A', 70],
      ['B', 70],
      ['C', 60],
    ] as const) {
      await as.assessor3!.excellence.scoring.saveScore.mutate({
        id,
        nodeCode: node,
        entry: bands(score),
        strengths: [`s3-${node}`],
        afis: [`a3-${node}`],
      });
    }
    // Incomplete sheets are refused.
    await as.assessor1!.excellence.scoring.saveScore.mutate({ id, nodeCode: 'A', entry: bands(75), strengths: [], afis: [] });
    expect(await refusal(as.assessor1!.excellence.scoring.submitScores.mutate({ id }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.excellence.sheetIncomplete',
    });
    await as.assessor3!.excellence.scoring.submitScores.mutate({ id });
    // assessor1 has not submitted: sees only their own sheet, though assessor3 has submitted.
    const blind = await as.assessor1!.excellence.scoring.teamScores.query({ id });
    expect(blind.map((s) => [s.assessorId, s.visible, s.scores.length])).toEqual([
      ['usr-assessor1', true, 1],
      ['usr-assessor2', false, 0],
      ['usr-assessor3', false, 0],
    ]);
    // The lead has not submitted either: no consensus view while scoring is open.
    expect(await refusal(as.assessor2!.excellence.scoring.consensusView.query({ id }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.excellence.scoringNotFinished',
    });
    // Entity users and leadership never read individual scores; an assessor off the team cannot even open it.
    const refusedTo = {
      'coord.mun': { code: 'FORBIDDEN', messageKey: 'errors.excellence.scoresHidden' },
      leader: { code: 'NOT_FOUND', messageKey: 'errors.notFound' },
    };
    for (const reader of ['coord.mun', 'leader'] as const) {
      expect(await refusal(as[reader]!.excellence.scoring.teamScores.query({ id }))).toEqual(refusedTo[reader]);
      expect(await refusal(as[reader]!.excellence.scoring.consensus.query({ id }))).toEqual(refusedTo[reader]);
    }
    expect(await refusal(as.assessor2!.excellence.scoring.teamScores.query({ id: assessment.MOH }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.notFound',
    });
    // Nothing of the scores travels through the generic workflow API either.
    const history = await as.assessor1!.workflows.history.query({ id });
    expect(JSON.stringify(history)).not.toContain('s3-A');
    // Once assessor1 submits, the others' submitted sheets open up.
    for (const [node, score] of [
      ['B', 70],
      ['C', 35],
    ] as const)
      await as.assessor1!.excellence.scoring.saveScore.mutate({ id, nodeCode: node, entry: bands(score), strengths: [], afis: [] });
    await as.assessor1!.excellence.scoring.submitScores.mutate({ id });
    const open = await as.assessor1!.excellence.scoring.teamScores.query({ id });
    expect(open.find((s) => s.assessorId === 'usr-assessor3')).toMatchObject({ visible: true });
    expect(open.find((s) => s.assessorId === 'usr-assessor3')!.scores.map((s) => s.percent)).toEqual([70, 70, 60]);
    expect(
      await refusal(as.assessor1!.excellence.scoring.saveScore.mutate({ id, nodeCode: 'A', entry: bands(5), strengths: [], afis: [] })),
    ).toEqual({ code: 'PRECONDITION_FAILED', messageKey: 'errors.excellence.alreadySubmitted' });
  });

  it('scores every assessment, agrees consensus with flagged spreads, and records a site visit that changes a score', async () => {
    const { as, cycleId, assessment } = await cycle.at('munScoredBlind');
    const sheets: Record<'MOI' | 'MOH' | 'MUN', [Person, Record<string, number>][]> = {
      MOI: [
        ['assessor1', { A: 80, B: 60, C: 70 }],
        ['assessor2', { A: 80, B: 60, C: 70 }],
      ],
      // MOH node C: 30 vs 55, a spread of 25 above the threshold of 20.
      MOH: [
        ['assessor1', { A: 100, B: 100, C: 30 }],
        ['assessor3', { A: 100, B: 100, C: 55 }],
      ],
      MUN: [['assessor2', { A: 70, B: 70, C: 65 }]],
    };
    for (const [code, list] of Object.entries(sheets) as [keyof typeof sheets, [Person, Record<string, number>][]][]) {
      for (const [who, scores] of list) {
        for (const [node, score] of Object.entries(scores))
          await as[who]!.excellence.scoring.saveScore.mutate({
            id: assessment[code],
            nodeCode: node,
            entry: bands(score),
            strengths: [],
            afis: [],
          });
        await as[who]!.excellence.scoring.submitScores.mutate({ id: assessment[code] });
      }
      expect((await as.pm!.excellence.assessments.get.query({ id: assessment[code] })).state).toBe('consensus');
    }
    const view = await as.assessor3!.excellence.scoring.consensusView.query({ id: assessment.MOH });
    expect(view.spreads.find((s) => s.nodeCode === 'C')).toMatchObject({ min: 30, max: 55, spread: 25, flagged: true });
    // A flagged node needs a rationale; only the lead records consensus.
    const moh = (percent: number, rationale = '') => [
      { nodeCode: 'A', percent: 100, strengths: ['Shared vision'], afis: [] },
      { nodeCode: 'B', percent: 100, strengths: [], afis: [] },
      { nodeCode: 'C', percent, strengths: [], afis: ['Publish customer results'], rationale },
    ];
    expect(await refusal(as.assessor3!.excellence.scoring.saveConsensus.mutate({ id: assessment.MOH, entries: moh(55) }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.excellence.rationaleRequired',
    });
    expect(await refusal(as.assessor1!.excellence.scoring.saveConsensus.mutate({ id: assessment.MOH, entries: moh(55, 'r') }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.excellence.leadOnly',
    });
    await as.assessor3!.excellence.scoring.saveConsensus.mutate({ id: assessment.MOH, entries: moh(55, 'Survey evidence seen on site') });
    expect(await as.assessor3!.excellence.scoring.recordConsensus.mutate({ id: assessment.MOH })).toMatchObject({
      state: 'site_visits',
      flaggedNodes: 1,
    });

    await as.assessor1!.excellence.scoring.saveConsensus.mutate({
      id: assessment.MOI,
      entries: [
        { nodeCode: 'A', percent: 80, strengths: ['Clear vision'], afis: [] },
        { nodeCode: 'B', percent: 60, strengths: [], afis: ['Define decision rights', 'Review committees yearly'] },
        { nodeCode: 'C', percent: 70, strengths: [], afis: [] },
      ],
    });
    await as.assessor1!.excellence.scoring.recordConsensus.mutate({ id: assessment.MOI });
    // MUN consensus first misses C; recording is refused until every applicable leaf is agreed.
    await as.assessor2!.excellence.scoring.saveConsensus.mutate({
      id: assessment.MUN,
      entries: [
        { nodeCode: 'A', percent: 70 },
        { nodeCode: 'B', percent: 70 },
      ] as never,
    });
    expect(await refusal(as.assessor2!.excellence.scoring.recordConsensus.mutate({ id: assessment.MUN }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.excellence.consensusIncomplete',
    });
    await as.assessor2!.excellence.scoring.saveConsensus.mutate({
      id: assessment.MUN,
      entries: [{ nodeCode: 'C', percent: 65, strengths: [], afis: ['Track complaints'], rationale: 'spread 30 discussed' }],
    });
    await as.assessor2!.excellence.scoring.recordConsensus.mutate({ id: assessment.MUN });

    // An unannounced visit at MUN raises C from 65 to 70, with its reason kept.
    const start = new Date(Date.now() - 3600_000).toISOString();
    await as.assessor2!.excellence.scoring.recordSiteVisit.mutate({
      id: assessment.MUN,
      kind: 'unannounced',
      startedAt: start,
      endedAt: new Date().toISOString(),
      checklist: [{ item: 'Queue ticket issued', answer: 'yes' }],
      findings: 'Waiting time 6 minutes',
      changes: [{ nodeCode: 'C', percent: 70, reason: 'Observed service better than documented' }],
    });
    const visits = await as.pm!.excellence.scoring.siteVisits.query({ id: assessment.MUN });
    expect(visits.changes).toMatchObject([{ nodeCode: 'C', from: 65, to: 70, source: 'site_visit' }]);
    const moved = await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'START_MODERATION' });
    expect(moved.moved.map((m) => m.events.join())).toEqual(['COMPLETE_SITE_VISITS', 'COMPLETE_SITE_VISITS', 'COMPLETE_SITE_VISITS']);
    const dist = await as.pm!.excellence.results.distributions.query({ cycleId });
    // assessor2 scored MOI 80, 60, 70 and MUN 70, 70, 65: mean 415 / 6.
    expect(dist.byAssessor.find((d) => d.key === 'usr-assessor2')!.mean).toBeCloseTo(415 / 6, 9);
  });

  it('hides results until publication, then publishes totals, classifications and ranks with ties', async () => {
    const { running, as, cycleId, assessment } = await cycle.at('inModeration');
    expect(await refusal(as['coord.moi']!.excellence.results.result.query({ id: assessment.MOI }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.excellence.notPublished',
    });
    expect(await refusal(as.leader!.excellence.assessments.get.query({ id: assessment.MOI }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.notFound',
    });
    expect(await as.leader!.excellence.results.ranking.query({ cycleId })).toEqual([]);
    await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'PUBLISH' });
    // MOH: A 100% of 30 + B 100% of 30 + C 55% of 40 = 30 + 30 + 22 = 82 -> 82%; P2 at 55% misses five stars' 60% minimum -> four stars.
    // MOI: 0.8x30 + 0.6x30 + 0.7x40 = 24 + 18 + 28 = 70 -> four stars (>= 65), advanced.
    // MUN: 0.7x30 + 0.7x30 + 0.7x40 (C raised to 70 on site) = 70 -> ties MOI: both rank 2.
    const ranking = await as.leader!.excellence.results.ranking.query({ cycleId });
    expect(ranking.map((r) => [r.entityId, r.rank, Math.round(r.totalPoints * 1000) / 1000, r.stars, r.maturity?.en])).toEqual([
      ['ent-moh', 1, 82, 4, 'Advanced'],
      ['ent-moi', 2, 70, 4, 'Advanced'],
      ['ent-mun', 2, 70, 4, 'Advanced'],
    ]);
    // An entity sees its own row only.
    expect((await as['coord.moi']!.excellence.results.ranking.query({ cycleId })).map((r) => r.entityId)).toEqual(['ent-moi']);
    const result = await as['coord.moi']!.excellence.results.result.query({ id: assessment.MOI });
    expect(result.pillars.map((p) => [p.code, p.percent])).toEqual([
      ['P1', 70], // 42 of 60
      ['P2', 70],
    ]);
    expect(result.nodes.find((n) => n.code === 'B')!.afis).toEqual(['Define decision rights', 'Review committees yearly']);
    const rows = await running.db.selectFrom('published_node_scores').select(['subject_id']).where('cycle_id', '=', cycleId).execute();
    expect(rows).toHaveLength(3 * 5); // P1, A, B, P2, C per entity
  });

  it("tells each published entity's coordinators and leadership, once, in the inbox", async () => {
    const { running, as, cycleId, assessment } = await cycle.at('published');
    // An outsider: a coordinator of MOF, which is not in this cycle.
    await running.db
      .insertInto('users')
      .values({
        id: 'usr-coord-mof-test',
        username: 'coord.mof.test',
        display_name_ar: 'منسق',
        display_name_en: 'Coordinator',
        password_hash: null,
        locale: 'en',
        active: true,
      })
      .execute();
    await running.db
      .insertInto('user_roles')
      .values({ user_id: 'usr-coord-mof-test', role: 'entity_coordinator', entity_id: 'ent-mof' })
      .execute();
    for (const [code, coord] of [
      ['MOI', 'coord.moi'],
      ['MOH', 'coord.moh'],
      ['MUN', 'coord.mun'],
    ] as const) {
      const inbox = (await as[coord]!.notifications.list.query({ unreadOnly: false, limit: 50 })).filter(
        (n) => n.kind === 'excellence.notices.published',
      );
      expect(inbox.map((n) => [n.params.number, n.params.year, n.link])).toEqual([
        [1, 2026, `/excellence/assessments/${assessment[code]}/result`],
      ]);
    }
    expect(
      (await as['coord.moh']!.notifications.list.query({ unreadOnly: false, limit: 50 })).find(
        (n) => n.kind === 'excellence.notices.published',
      )!.params,
    ).toMatchObject({ subjectAr: 'وزارة الصحة العامة', subjectEn: 'Ministry of Public Health' });
    const outsider = await running.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_user_id', '=', 'usr-coord-mof-test')
      .execute();
    expect(outsider).toEqual([]);
    const leader = (await as.leader!.notifications.list.query({ unreadOnly: false, limit: 50 })).filter((n) =>
      n.kind.startsWith('excellence.notices.'),
    );
    expect(leader.map((n) => [n.kind, n.params, n.link])).toEqual([
      ['excellence.notices.cyclePublished', { number: 1, year: 2026 }, `/excellence/cycles/${cycleId}`],
    ]);
  });

  it('shows bands, not raw scores, in the feedback report when the framework says so', async () => {
    const { as, assessment } = await cycle.at('published');
    const report = await as['coord.moh']!.excellence.results.feedbackReport.query({ id: assessment.MOH });
    const c = report.nodes.find((n) => n.code === 'C')!;
    expect(c.score).toEqual({ shows: 'band', band: { ar: 'راسخ', en: 'Established' }, min: 50, max: 65 });
    expect(JSON.stringify(report)).not.toContain('"percent"');
    expect(c.afis).toEqual(['Publish customer results']);
  });

  it('takes one appeal per assessment; the upheld decision re-ranks the cycle', async () => {
    const { as, cycleId, assessment } = await cycle.at('published');
    expect(
      await refusal(
        as['coord.moh']!.excellence.assessments.send.mutate({
          id: assessment.MOI,
          type: 'FILE_APPEAL',
          payload: { nodeCode: 'B', reason: 'x' },
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    await as['coord.moi']!.excellence.assessments.send.mutate({
      id: assessment.MOI,
      type: 'FILE_APPEAL',
      payload: { nodeCode: 'B', reason: 'Committee minutes were not considered' },
    });
    expect(
      await refusal(
        as['coord.moi']!.excellence.assessments.send.mutate({
          id: assessment.MOI,
          type: 'FILE_APPEAL',
          payload: { nodeCode: 'A', reason: 'again' },
        }),
      ),
    ).toEqual({ code: 'PRECONDITION_FAILED', messageKey: 'errors.workflow.EVENT_NOT_ACCEPTED' });
    await as.pm!.excellence.results.decideAppeal.mutate({
      id: assessment.MOI,
      decision: 'upheld',
      reason: 'Minutes show a working committee',
      newPercent: 65,
    });
    // MOI: 24 + 0.65x30 + 28 = 24 + 19.5 + 28 = 71.5 -> rank 2 alone; MUN 70 -> rank 3.
    const ranking = await as.pm!.excellence.results.ranking.query({ cycleId });
    expect(ranking.map((r) => [r.entityId, r.rank, r.totalPoints])).toEqual([
      ['ent-moh', 1, 82],
      ['ent-moi', 2, 71.5],
      ['ent-mun', 3, 70],
    ]);
    const history = await as.pm!.workflows.history.query({ id: assessment.MOI });
    expect(history.map((h) => h.type)).toContain('DECIDE_APPEAL');
    const decided = (await as['coord.moi']!.notifications.list.query({ unreadOnly: false, limit: 50 })).filter((n) =>
      n.kind.startsWith('excellence.notices.appeal'),
    );
    expect(decided.map((n) => [n.kind, n.params])).toEqual([['excellence.notices.appealUpheld', { number: 1, year: 2026, node: 'B' }]]);
    expect(
      (await as['coord.moh']!.notifications.list.query({ unreadOnly: false, limit: 50 })).some((n) =>
        n.kind.startsWith('excellence.notices.appeal'),
      ),
    ).toBe(false);
    const csv = await as.pm!.excellence.results.scoresCsv.query({ cycleId });
    expect(csv.csv.split('\r\n')[1]).toBe('1,ent-moh,وزارة الصحة العامة,Ministry of Public Health,TOTAL,82,100,82,advanced,4,four');
    // The same table as an Excel workbook: a zip whose sheet holds MOH's total row.
    const xlsx = await as.leader!.excellence.results.scoresXlsx.query({ cycleId, rightToLeft: true });
    expect(xlsx.fileName).toBe('test-model-cycle-1-scores.xlsx');
    const files = unzipSync(new Uint8Array(Buffer.from(xlsx.base64, 'base64')));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const text = sheet + strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(sheet).toContain('rightToLeft="1"');
    expect(text).toContain('Ministry of Public Health');
    expect(sheet).toContain('<v>82</v>');
    expect(await refusal(as['coord.moi']!.excellence.results.scoresXlsx.query({ cycleId }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
  });

  it('raises every agreed area for improvement as a gap, closes, and shows them to the next cycle', async () => {
    const { running, as, cycleId, assessment } = await cycle.at('appealDecided');
    // Appeal windows of one day run out for MOH and MUN.
    await running.app.scheduler.fireDue(new Date(Date.now() + 2 * day));
    for (const code of ['MOI', 'MOH', 'MUN'] as const) {
      expect((await as.pm!.excellence.assessments.get.query({ id: assessment[code] })).state).toBe('feedback');
      await as.pm!.excellence.assessments.send.mutate({ id: assessment[code], type: 'ISSUE_FEEDBACK' });
    }
    const gaps = await running.db
      .selectFrom('gaps')
      .innerJoin('gap_sources', 'gap_sources.gap_id', 'gaps.id')
      .select(['gaps.entity_id', 'gaps.criterion_code', 'gaps.title', 'gaps.cycle_id'])
      .where('gap_sources.kind', '=', 'assessment_afi')
      .orderBy('gaps.entity_id')
      .orderBy('gaps.title')
      .execute();
    expect(gaps.map((g) => [g.entity_id, g.criterion_code, g.title])).toEqual([
      ['ent-moh', 'C', 'Publish customer results'],
      ['ent-moi', 'B', 'Define decision rights'],
      ['ent-moi', 'B', 'Review committees yearly'],
      ['ent-mun', 'C', 'Track complaints'],
    ]);
    expect(new Set(gaps.map((g) => g.cycle_id))).toEqual(new Set([cycleId]));
    const closed = await as.pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'CLOSE' });
    expect(closed.state).toBe('closed');
    expect(closed.moved.map((m) => m.events.join())).toEqual(['CLOSE', 'CLOSE', 'CLOSE']);

    const next = await as.pm!.excellence.cycles.create.mutate({
      number: 2,
      year: 2027,
      nameAr: 'الدورة الثانية',
      nameEn: 'Cycle 2',
      frameworkCode: 'test-model',
      subjectKind: 'entity',
      subjectIds: ['ent-moi'],
      selfAssessmentDueAt: new Date(Date.now() + 30 * day).toISOString(),
    });
    const previous = await as['coord.moi']!.excellence.assessments.previousAfis.query({ id: next.assessmentIds[0]! });
    expect(previous).toEqual({
      cycleNumber: 1,
      cycleYear: 2026,
      nodes: [{ nodeCode: 'B', afis: ['Define decision rights', 'Review committees yearly'] }],
    });
  });
});
