import type { DB } from '../db/schema.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { AppError } from '../trpc/app-error.ts';
import { assignTeam, type Team } from './team-assignment.ts';

/** What the programme manager may do to one entity's assessment, or a selection of them, apart from the whole cycle. */
export type AssessmentMove =
  | { type: 'ASSIGN_TEAM'; team: Team }
  | { type: 'START_SCORING' }
  | { type: 'EXTEND_SELF_ASSESSMENT'; dueAt: string; reason: string }
  | { type: 'REOPEN_SELF_ASSESSMENT'; reason: string };

export interface SelectionMove {
  /** The assessments that took the move, with the state each reached. */
  moved: { assessmentId: string; state: string }[];
  /** The ones whose stage does not accept it; they stay where they are. */
  refused: { assessmentId: string; state: string }[];
}

/**
 * Sends one move to each selected assessment of a cycle, through the engine (which checks the
 * manager's permission and the assessment's rules, and records each event with its payload as
 * the audit trail), all in one transaction. An assessment whose stage does not accept the move
 * is left as it is and reported; if none accepts it, nothing is written and the refusal says so.
 */
export async function moveSelection(
  db: DB,
  engine: WorkflowEngine,
  actor: Actor,
  cycleId: string,
  assessmentIds: readonly string[],
  move: AssessmentMove,
): Promise<SelectionMove> {
  return inTransaction(db, async (trx) => {
    const ids = [...new Set(assessmentIds)];
    const rows = await trx
      .selectFrom('excellence_assessments as a')
      .innerJoin('workflow_instances as w', 'w.id', 'a.id')
      .select(['a.id', 'w.state'])
      .where('a.cycle_id', '=', cycleId)
      .where('a.id', 'in', ids)
      .execute();
    if (rows.length !== ids.length) throw new AppError('NOT_FOUND', 'errors.notFound');
    const result: SelectionMove = { moved: [], refused: [] };
    for (const row of rows) {
      try {
        const state =
          move.type === 'ASSIGN_TEAM'
            ? (await assignTeam(trx, engine, actor, { id: row.id, cycleId }, move.team)).state
            : (await engine.send({ instanceId: row.id, event: eventOf(move), actor }, trx)).state;
        result.moved.push({ assessmentId: row.id, state });
      } catch (err) {
        // Refused before any write: this assessment's stage does not take the move.
        if (err instanceof WorkflowError && err.code === 'EVENT_NOT_ACCEPTED') {
          result.refused.push({ assessmentId: row.id, state: row.state });
          continue;
        }
        throw err;
      }
    }
    if (result.moved.length === 0)
      throw new AppError('PRECONDITION_FAILED', `errors.excellence.selection.${move.type}`, { count: result.refused.length });
    return result;
  });
}

function eventOf(move: Exclude<AssessmentMove, { type: 'ASSIGN_TEAM' }>): { type: string } & Record<string, unknown> {
  switch (move.type) {
    case 'START_SCORING':
      return { type: 'START_SCORING' };
    case 'EXTEND_SELF_ASSESSMENT':
      return { type: 'EXTEND_SELF_ASSESSMENT', dueAt: move.dueAt, reason: move.reason };
    case 'REOPEN_SELF_ASSESSMENT':
      return { type: 'REOPEN_SELF_ASSESSMENT', reason: move.reason };
  }
}
