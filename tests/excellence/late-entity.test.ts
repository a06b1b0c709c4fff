import { afterAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/api-client.ts';
import { testDatabases } from '../support/test-databases.ts';
import { bands, cycleFixture } from './cycle-stages.ts';

const day = 24 * 60 * 60 * 1000;

/**
 * Issue 11 item 1: the programme manager acts on one entity or a selection, not only the whole
 * cycle, and an entity that submits after "start scoring" is not stuck in assessor assignment.
 * Item 2 (API side): a submission is reviewed with server-counted figures and reopened with a reason.
 */
describe.each(testDatabases())('late entities and per-entity moves on $name', (target) => {
  const cycle = cycleFixture(target);
  afterAll(() => cycle.dispose());

  it('a late entity joins scoring when its team is assigned, after the cycle started scoring', async () => {
    const { as, assessment, cycleId, running } = await cycle.at('opened');
    // MOI and MOH submit on time and get their teams; MUN has not submitted when scoring starts.
    for (const [code, coord] of [
      ['MOI', 'coord.moi'],
      ['MOH', 'coord.moh'],
    ] as const) {
      for (const node of ['A', 'B', 'C'])
        await as[coord].excellence.assessments.saveSelfScore.mutate({ id: assessment[code], nodeCode: node, entry: bands(70) });
      await as[coord].excellence.assessments.send.mutate({ id: assessment[code], type: 'SUBMIT_SELF_ASSESSMENT' });
    }
    await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MOI,
      assessorIds: ['usr-assessor1'],
      leadAssessorId: 'usr-assessor1',
    });
    await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MOH,
      assessorIds: ['usr-assessor3'],
      leadAssessorId: 'usr-assessor3',
    });
    const started = await as.pm.excellence.cycles.move.mutate({ id: cycleId, type: 'START_SCORING' });
    expect(started.state).toBe('scoring');
    const state = async (code: 'MOI' | 'MOH' | 'MUN') => (await as.pm.excellence.assessments.get.query({ id: assessment[code] })).state;
    expect([await state('MOI'), await state('MOH'), await state('MUN')]).toEqual([
      'independent_scoring',
      'independent_scoring',
      'self_assessment.open',
    ]);

    // MUN's deadline passes; the manager extends it for MUN alone, with a reason.
    await running.app.scheduler.fireDue(new Date(Date.now() + 2 * day));
    expect(await state('MUN')).toBe('self_assessment.late');
    const extended = await as.pm.excellence.cycles.moveSelection.mutate({
      id: cycleId,
      assessmentIds: [assessment.MUN, assessment.MOI],
      move: { type: 'EXTEND_SELF_ASSESSMENT', dueAt: new Date(Date.now() + 5 * day).toISOString(), reason: 'Data migration' },
    });
    // MOI is past its self-assessment: reported, not moved.
    expect(extended.moved.map((m) => [m.assessmentId, m.state])).toEqual([[assessment.MUN, 'self_assessment.open']]);
    expect(extended.refused.map((m) => m.assessmentId)).toEqual([assessment.MOI]);

    // MUN submits late: it reaches assessor assignment while the cycle already scores.
    await as['coord.mun'].excellence.assessments.saveSelfScore.mutate({ id: assessment.MUN, nodeCode: 'A', entry: bands(60) });
    await as['coord.mun'].excellence.assessments.send.mutate({ id: assessment.MUN, type: 'SUBMIT_SELF_ASSESSMENT' });
    expect(await state('MUN')).toBe('assessor_assignment');
    // The cycle cannot start scoring again: this is where a late entity used to stay for good.
    expect(await refusal(as.pm.excellence.cycles.move.mutate({ id: cycleId, type: 'START_SCORING' }))).toMatchObject({
      messageKey: 'errors.workflow.EVENT_NOT_ACCEPTED',
    });
    // Per entity, starting scoring without a team is refused with a reason, and nothing changes.
    expect(
      await refusal(
        as.pm.excellence.cycles.moveSelection.mutate({ id: cycleId, assessmentIds: [assessment.MUN], move: { type: 'START_SCORING' } }),
      ),
    ).toEqual({ code: 'PRECONDITION_FAILED', messageKey: 'errors.excellence.selection.START_SCORING' });
    expect(await state('MUN')).toBe('assessor_assignment');

    // Assigning MUN's team is the last thing it waits for: it starts scoring at once, and its assessor can score.
    const assigned = await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MUN,
      assessorIds: ['usr-assessor2'],
      leadAssessorId: 'usr-assessor2',
    });
    expect(assigned.state).toBe('independent_scoring');
    await as.assessor2.excellence.scoring.saveScore.mutate({
      id: assessment.MUN,
      nodeCode: 'A',
      entry: bands(50),
      strengths: [],
      afis: [],
    });
    const history = await as.pm.workflows.history.query({ id: assessment.MUN });
    expect(history.slice(-2).map((e) => [e.type, e.actorId, e.stateAfter])).toEqual([
      ['ASSIGN_TEAM', 'usr-pm', 'assessor_assignment'],
      ['START_SCORING', 'usr-pm', 'independent_scoring'],
    ]);
    expect(history.find((e) => e.type === 'EXTEND_SELF_ASSESSMENT')?.payload).toMatchObject({ reason: 'Data migration' });
  });

  it('starts scoring for a selection while the cycle is still open, and reports the ones not ready', async () => {
    const { as, assessment, cycleId } = await cycle.at('selfAssessed');
    const teamFor = (assessorIds: string[]) => ({ type: 'ASSIGN_TEAM' as const, team: { assessorIds, leadAssessorId: assessorIds[0]! } });
    // One conflict (assessor2's entity delivers services with MOH) refuses the whole selection: MOI gets no team either.
    expect(
      await refusal(
        as.pm.excellence.cycles.moveSelection.mutate({
          id: cycleId,
          assessmentIds: [assessment.MOI, assessment.MOH],
          move: teamFor(['usr-assessor1', 'usr-assessor2']),
        }),
      ),
    ).toEqual({ code: 'CONFLICT', messageKey: 'errors.excellence.conflict.service_partner' });
    expect((await as.pm.excellence.assessments.get.query({ id: assessment.MOI })).team).toEqual([]);
    await as.pm.excellence.cycles.moveSelection.mutate({
      id: cycleId,
      assessmentIds: [assessment.MOI, assessment.MOH],
      move: teamFor(['usr-assessor1']),
    });
    // The cycle is open, so assigning waits for the cycle (or for the manager's per-entity start).
    const view = await as.pm.excellence.cycles.get.query({ id: cycleId });
    expect(view.state).toBe('open');
    expect(
      view.assessments
        .filter((a) => a.state === 'assessor_assignment')
        .map((a) => a.assessorIds.length)
        .sort(),
    ).toEqual([0, 1, 1]);
    const result = await as.pm.excellence.cycles.moveSelection.mutate({
      id: cycleId,
      assessmentIds: [assessment.MOI, assessment.MUN],
      move: { type: 'START_SCORING' },
    });
    expect(result.moved).toEqual([{ assessmentId: assessment.MOI, state: 'independent_scoring' }]);
    expect(result.refused).toEqual([{ assessmentId: assessment.MUN, state: 'assessor_assignment' }]);
    // An id from outside the cycle is refused and nothing moves.
    expect(
      await refusal(
        as.pm.excellence.cycles.moveSelection.mutate({
          id: cycleId,
          assessmentIds: [assessment.MOH, 'no-such'],
          move: { type: 'START_SCORING' },
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    expect((await as.pm.excellence.assessments.get.query({ id: assessment.MOH })).state).toBe('assessor_assignment');
    // Only the programme moves entities.
    expect(
      await refusal(
        as['coord.moh'].excellence.cycles.moveSelection.mutate({
          id: cycleId,
          assessmentIds: [assessment.MOH],
          move: { type: 'START_SCORING' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reviews a self-assessment on the server, and the manager reopens it with a reason the coordinator is told', async () => {
    const { as, assessment, cycleId } = await cycle.at('opened');
    const id = assessment.MOH;
    await as['coord.moh'].excellence.assessments.saveSelfScore.mutate({ id, nodeCode: 'A', entry: bands(70) });
    const review = await as['coord.moh'].excellence.assessments.submitReview.query({ id });
    expect([review.total, review.complete, review.missing.map((m) => m.code), review.evidence]).toEqual([3, 1, ['B', 'C'], 0]);
    await as['coord.moh'].excellence.assessments.send.mutate({ id, type: 'SUBMIT_SELF_ASSESSMENT' });
    // The programme managers hear of the submission (the review tells the coordinator so).
    const pmInbox = await as.pm.notifications.list.query({ unreadOnly: false, limit: 50 });
    expect(pmInbox.filter((n) => n.kind === 'excellence.notices.selfAssessmentSubmitted').map((n) => n.link)).toEqual([
      `/excellence/assessments/${id}`,
    ]);
    expect(
      await refusal(as['coord.moh'].excellence.assessments.saveSelfScore.mutate({ id, nodeCode: 'B', entry: bands(70) })),
    ).toMatchObject({ messageKey: 'errors.excellence.selfAssessmentClosed' });
    // A blank reason is refused and changes nothing.
    expect(
      await refusal(
        as.pm.excellence.cycles.moveSelection.mutate({
          id: cycleId,
          assessmentIds: [id],
          move: { type: 'REOPEN_SELF_ASSESSMENT', reason: '  ' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect((await as.pm.excellence.assessments.get.query({ id })).state).toBe('assessor_assignment');
    await as.pm.excellence.cycles.moveSelection.mutate({
      id: cycleId,
      assessmentIds: [id],
      move: { type: 'REOPEN_SELF_ASSESSMENT', reason: 'Only one criterion was scored' },
    });
    expect((await as.pm.excellence.assessments.get.query({ id })).state).toBe('self_assessment.open');
    await as['coord.moh'].excellence.assessments.saveSelfScore.mutate({ id, nodeCode: 'B', entry: bands(70) });
    const told = (await as['coord.moh'].notifications.list.query({ unreadOnly: false, limit: 50 })).filter(
      (n) => n.kind === 'excellence.notices.selfAssessmentReopened',
    );
    expect(told.map((n) => n.params)).toEqual([{ reason: 'Only one criterion was scored' }]);
    const history = await as['coord.moh'].workflows.history.query({ id });
    expect(history.at(-1)).toMatchObject({
      type: 'REOPEN_SELF_ASSESSMENT',
      payload: { reason: 'Only one criterion was scored' },
      actorId: 'usr-pm',
      stateBefore: 'assessor_assignment',
    });
  });

  it("reopens an assessor's submitted sheet with a reason; the assessor is told and can change it", async () => {
    const { as, assessment } = await cycle.at('munScoredBlind');
    const id = assessment.MUN;
    const sheet = await as.assessor2.excellence.scoring.sheetReview.query({ id });
    expect([sheet.total, sheet.complete]).toEqual([3, 0]);
    expect(
      await refusal(as.assessor1.excellence.scoring.saveScore.mutate({ id, nodeCode: 'C', entry: bands(60), strengths: [], afis: [] })),
    ).toMatchObject({ code: expect.any(String) });
    // Only the manager reopens, and only a sheet that was submitted.
    expect(
      await refusal(as.assessor2.excellence.scoring.reopenScores.mutate({ id, assessorId: 'usr-assessor1', reason: 'x' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(as.pm.excellence.scoring.reopenScores.mutate({ id, assessorId: 'usr-assessor2', reason: 'not submitted' })),
    ).toMatchObject({ messageKey: 'errors.workflow.EVENT_NOT_ACCEPTED' });
    await as.pm.excellence.scoring.reopenScores.mutate({ id, assessorId: 'usr-assessor1', reason: 'C needs the site evidence' });
    await as.assessor1.excellence.scoring.saveScore.mutate({ id, nodeCode: 'C', entry: bands(60), strengths: [], afis: [] });
    const told = (await as.assessor1.notifications.list.query({ unreadOnly: false, limit: 50 })).filter(
      (n) => n.kind === 'excellence.notices.scoresReopened',
    );
    expect(told.map((n) => n.params)).toEqual([{ reason: 'C needs the site evidence' }]);
    // The reason speaks of unpublished scores: the programme and that assessor read it in the history, the entity does not.
    const reopened = async (who: 'pm' | 'assessor1' | 'coord.mun') =>
      (await as[who].workflows.history.query({ id })).find((e) => e.type === 'REOPEN_SCORES')?.payload;
    expect(await reopened('pm')).toEqual({ assessorId: 'usr-assessor1', reason: 'C needs the site evidence' });
    expect(await reopened('assessor1')).toEqual({ assessorId: 'usr-assessor1', reason: 'C needs the site evidence' });
    expect(await reopened('coord.mun')).toBeNull();
    await as.assessor1.excellence.scoring.submitScores.mutate({ id });
    expect((await as.pm.excellence.assessments.get.query({ id })).submittedAssessorIds.sort()).toEqual(['usr-assessor1', 'usr-assessor3']);
  });
});
