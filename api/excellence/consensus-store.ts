import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { consensusSpread, needsRationale, type NodeSpread } from '../../workflows/excellence/consensus-spread.ts';
import { findNode, isLeaf } from '../../workflows/excellence/framework-nodes.ts';
import { consensusEntryRefusal, consensusViewRefusal } from '../../workflows/excellence/scoring-gates.ts';
import type { LoadedAssessment } from './assessment-access.ts';
import { cycleFramework } from './cycle-framework.ts';
import { statements } from './node-texts.ts';
import { assessorNodeScores, individualScores, scoreView } from './score-sheets.ts';

/** The team's agreed rows of one assessment, by node. */
export async function agreedScores(db: DB, assessmentId: string) {
  const rows = await db
    .selectFrom('excellence_consensus')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('node_code')
    .execute();
  return rows.map((c) => ({
    nodeCode: c.node_code,
    percent: c.percent,
    strengths: statements(c.strengths),
    afis: statements(c.afis),
    rationale: c.rationale,
    spread: c.spread,
    flagged: c.flagged,
  }));
}

/**
 * The consensus workspace: individual scores side by side with the spread per node and
 * what the lead has agreed so far. `programme` may look before independent scoring ends.
 */
export async function consensusWorkspace(db: DB, a: LoadedAssessment, programme: boolean) {
  const refusal = consensusViewRefusal(a.state, programme);
  if (refusal) throw new AppError('PRECONDITION_FAILED', refusal.messageKey, refusal.params);
  const { framework } = await cycleFramework(db, a.cycleId);
  const rows = await individualScores(db, a.id);
  return {
    threshold: framework.consensusSpreadThreshold,
    individual: rows.map((r) => ({ assessorId: r.assessor_id, ...scoreView(r) })),
    spreads: consensusSpread(assessorNodeScores(rows), framework.consensusSpreadThreshold),
    consensus: await agreedScores(db, a.id),
  };
}

export interface ConsensusEntry {
  nodeCode: string;
  percent: number | null;
  strengths: string[];
  afis: string[];
  rationale: string;
}

/**
 * Records the lead's agreed score, texts and rationale per leaf, all or none, while the
 * assessment is in consensus. A node whose spread is flagged needs a rationale.
 */
export async function saveConsensusEntries(
  db: DB,
  a: LoadedAssessment,
  entries: readonly ConsensusEntry[],
  userId: string,
  at: Date,
): Promise<{ flagged: number }> {
  const refusal = consensusEntryRefusal(a.state);
  if (refusal) throw new AppError('PRECONDITION_FAILED', refusal.messageKey, refusal.params);
  const { framework } = await cycleFramework(db, a.cycleId);
  const spreads = new Map<string, NodeSpread>(
    consensusSpread(assessorNodeScores(await individualScores(db, a.id)), framework.consensusSpreadThreshold).map((s) => [s.nodeCode, s]),
  );
  return inTransaction(db, async (trx) => {
    let flagged = 0;
    for (const e of entries) {
      const node = findNode(framework, e.nodeCode);
      if (!node || !isLeaf(node)) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: e.nodeCode });
      const spread = spreads.get(e.nodeCode);
      if (needsRationale(spread, e.rationale))
        throw new AppError('BAD_REQUEST', 'errors.excellence.rationaleRequired', { node: e.nodeCode });
      if (spread?.flagged) flagged++;
      const row = {
        percent: e.percent,
        strengths: JSON.stringify(e.strengths),
        afis: JSON.stringify(e.afis),
        rationale: e.rationale,
        spread: spread?.spread ?? null,
        flagged: spread?.flagged ?? false,
        recorded_by: userId,
        recorded_at: at,
      };
      await trx
        .insertInto('excellence_consensus')
        .values({ assessment_id: a.id, node_code: e.nodeCode, ...row })
        .onConflict((oc) => oc.columns(['assessment_id', 'node_code']).doUpdateSet(row))
        .execute();
    }
    return { flagged };
  });
}

/** Closes consensus with the number of flagged nodes; the assessment refuses unless every applicable leaf is agreed. */
export async function recordConsensus(
  db: DB,
  engine: WorkflowEngine,
  a: LoadedAssessment,
  actor: Actor,
): Promise<{ state: string; flaggedNodes: number }> {
  const { n } = await db
    .selectFrom('excellence_consensus')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('assessment_id', '=', a.id)
    .where('flagged', '=', true)
    .executeTakeFirstOrThrow();
  const flaggedNodes = Number(n);
  const result = await engine.send({ instanceId: a.id, event: { type: 'RECORD_CONSENSUS', flaggedNodes }, actor });
  return { state: result.state, flaggedNodes };
}
