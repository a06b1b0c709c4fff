import type { DB } from '../db/schema.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { joinsScoringOnAssignment } from '../../workflows/excellence/late-arrival.ts';

export interface Team {
  assessorIds: string[];
  leadAssessorId: string;
}

/** The state of the cycle an assessment belongs to. */
export async function cycleStateOf(db: DB, cycleId: string): Promise<string> {
  const row = await db.selectFrom('workflow_instances').select('state').where('id', '=', cycleId).executeTakeFirstOrThrow();
  return row.state;
}

/**
 * Assigns one assessment's team through the engine, inside the caller's transaction; when its
 * cycle has already started scoring, the assessment then starts scoring too, in the same
 * transaction and as the same manager (see late-arrival.ts for why).
 */
export async function assignTeam(
  trx: DB,
  engine: WorkflowEngine,
  actor: Actor,
  assessment: { id: string; cycleId: string },
  team: Team,
): Promise<{ state: string; startedScoring: boolean }> {
  const assigned = await engine.send(
    {
      instanceId: assessment.id,
      event: { type: 'ASSIGN_TEAM', assessorIds: team.assessorIds, leadAssessorId: team.leadAssessorId },
      actor,
    },
    trx,
  );
  if (!joinsScoringOnAssignment(await cycleStateOf(trx, assessment.cycleId))) return { state: assigned.state, startedScoring: false };
  const started = await engine.send({ instanceId: assessment.id, event: { type: 'START_SCORING' }, actor }, trx);
  return { state: started.state, startedScoring: true };
}
