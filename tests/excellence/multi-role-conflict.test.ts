import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/test-databases.ts';
import { apiClient, refusal, signIn } from '../support/api-client.ts';
import { cycleFixture } from './cycle-stages.ts';

/**
 * A person holds several roles: an assessor (of PSA) who also coordinates MOI must never sit on
 * MOI's team, whichever grant ties them to it; and they see MOI's assessment as its coordinator.
 */
describe.each(testDatabases())('conflict of interest across roles on $name', (target) => {
  const cycle = cycleFixture(target);
  afterAll(() => cycle.dispose());

  it('refuses an assessor on the team of an entity they coordinate, and accepts them once that grant is gone', async () => {
    const { running, as, assessment } = await cycle.at('selfAssessed');
    await running.db
      .insertInto('user_roles')
      .values({ user_id: 'usr-assessor1', role: 'entity_coordinator', entity_id: 'ent-moi' })
      .execute();
    const team = { id: assessment.MOI, assessorIds: ['usr-assessor1', 'usr-assessor2'], leadAssessorId: 'usr-assessor1' };
    expect(await refusal(as.pm!.excellence.assessments.assignTeam.mutate(team))).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.excellence.conflict.own_entity',
    });
    expect(await running.db.selectFrom('excellence_team_members').selectAll().execute()).toEqual([]);

    // Signed in with both roles: MOI's assessment is theirs to read as its coordinator, MOH's is not.
    const both = apiClient(running.url, await signIn(running.url, 'assessor1', 'assessor-demo-2026'));
    expect((await both.auth.me.query())?.grants.map((g) => g.role)).toEqual(['assessor', 'entity_coordinator']);
    expect((await both.excellence.assessments.get.query({ id: assessment.MOI })).id).toBe(assessment.MOI);
    expect(await refusal(both.excellence.assessments.get.query({ id: assessment.MOH }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.notFound',
    });

    await running.db.deleteFrom('user_roles').where('user_id', '=', 'usr-assessor1').where('role', '=', 'entity_coordinator').execute();
    await as.pm!.excellence.assessments.assignTeam.mutate(team);
    const members = await running.db.selectFrom('excellence_team_members').select('assessor_id').orderBy('assessor_id').execute();
    expect(members.map((m) => m.assessor_id)).toEqual(['usr-assessor1', 'usr-assessor2']);
  }, 240_000);
});
