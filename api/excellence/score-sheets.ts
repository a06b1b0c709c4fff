import type { Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { AssessorNodeScore } from '../../workflows/excellence/consensus-spread.ts';
import type { LeafEntry } from '../../workflows/excellence/leaf-score.ts';
import { scoreSheetRefusal } from '../../workflows/excellence/scoring-gates.ts';
import { mayViewIndividualScores, type Viewer } from '../../workflows/excellence/score-visibility.ts';
import { accessOf, type LoadedAssessment } from './assessment-access.ts';
import { cycleFramework } from './cycle-framework.ts';
import { entryPercent } from './leaf-entry.ts';
import { statements } from './node-texts.ts';
import type { ExcellenceAssessorScoresTable } from './tables.ts';

type ScoreRow = Selectable<ExcellenceAssessorScoresTable>;

/** One leaf of a sheet as the web shows it. */
export function scoreView(r: Pick<ScoreRow, 'node_code' | 'entry' | 'percent' | 'strengths' | 'afis' | 'updated_at'>) {
  return {
    nodeCode: r.node_code,
    entry: r.entry,
    percent: r.percent,
    strengths: statements(r.strengths),
    afis: statements(r.afis),
    updatedAt: r.updated_at,
  };
}

/** Every team assessor's rows of one assessment, by assessor then node. */
export async function individualScores(db: DB, assessmentId: string): Promise<ScoreRow[]> {
  return db
    .selectFrom('excellence_assessor_scores')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('assessor_id')
    .orderBy('node_code')
    .execute();
}

/** The stored rows as the spread rule reads them. */
export function assessorNodeScores(rows: readonly Pick<ScoreRow, 'assessor_id' | 'node_code' | 'percent'>[]): AssessorNodeScore[] {
  return rows.map((r) => ({ assessorId: r.assessor_id, nodeCode: r.node_code, percent: r.percent }));
}

/** The assessor's own sheet, autosaved drafts included. */
export async function ownScoreSheet(db: DB, a: LoadedAssessment, assessorId: string) {
  const rows = await db
    .selectFrom('excellence_assessor_scores')
    .selectAll()
    .where('assessment_id', '=', a.id)
    .where('assessor_id', '=', assessorId)
    .orderBy('node_code')
    .execute();
  return { submitted: a.context.submittedAssessorIds.includes(assessorId), scores: rows.map(scoreView) };
}

export interface LeafScoreInput {
  nodeCode: string;
  entry: LeafEntry;
  strengths: string[];
  afis: string[];
}

/** Autosaves one leaf of the assessor's sheet while `scoreSheetRefusal` allows it. */
export async function saveOwnScore(
  db: DB,
  a: LoadedAssessment,
  assessorId: string,
  input: LeafScoreInput,
  at: Date,
): Promise<{ percent: number | null }> {
  const refusal = scoreSheetRefusal(a.state, assessorId, a.context.submittedAssessorIds);
  if (refusal) throw new AppError('PRECONDITION_FAILED', refusal.messageKey, refusal.params);
  const { framework } = await cycleFramework(db, a.cycleId);
  const percent = entryPercent(framework, input.nodeCode, input.entry);
  const row = {
    entry: JSON.stringify(input.entry),
    percent,
    strengths: JSON.stringify(input.strengths),
    afis: JSON.stringify(input.afis),
    updated_at: at,
  };
  await db
    .insertInto('excellence_assessor_scores')
    .values({ assessment_id: a.id, assessor_id: assessorId, node_code: input.nodeCode, ...row })
    .onConflict((oc) => oc.columns(['assessment_id', 'assessor_id', 'node_code']).doUpdateSet(row))
    .execute();
  return { percent };
}

/**
 * Every team assessor's sheet, blind: the scores of a sheet are returned only where
 * `mayViewIndividualScores` lets this viewer see them.
 */
export async function teamScoreSheets(db: DB, a: LoadedAssessment, viewer: Viewer) {
  const access = accessOf(a);
  const rows = await individualScores(db, a.id);
  return a.context.assessorIds.map((assessorId) => {
    const visible = mayViewIndividualScores(viewer, access, assessorId);
    return {
      assessorId,
      submitted: a.context.submittedAssessorIds.includes(assessorId),
      visible,
      scores: visible ? rows.filter((r) => r.assessor_id === assessorId).map(scoreView) : [],
    };
  });
}
