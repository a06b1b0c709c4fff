import { changeAgreedScore } from './agreed-score-change.ts';
import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { LoadedAssessment } from './assessment-access.ts';

export interface SiteVisitInput {
  kind: 'scheduled' | 'unannounced';
  scheduledAt?: string | undefined;
  startedAt: string;
  endedAt: string;
  checklist: { item: string; answer: 'yes' | 'partly' | 'no' | 'not_applicable'; note: string }[];
  findings: string;
  /** Consensus scores the visit changes, each with its reason. */
  changes: { nodeCode: string; percent: number | null; reason: string }[];
}

/**
 * Records a visit with its checklist and findings, and the consensus changes it brings with
 * a history row each, in one transaction with the assessment's RECORD_SITE_VISIT event.
 */
export async function recordSiteVisit(
  db: DB,
  engine: WorkflowEngine,
  a: LoadedAssessment,
  input: SiteVisitInput,
  actor: Actor,
  at: Date,
): Promise<{ id: string }> {
  if (Date.parse(input.endedAt) < Date.parse(input.startedAt)) throw new AppError('BAD_REQUEST', 'errors.excellence.visitEndsBeforeStart');
  const visitId = randomUUID();
  const userId = actor.id ?? '';
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('excellence_site_visits')
      .values({
        id: visitId,
        assessment_id: a.id,
        kind: input.kind,
        scheduled_at: input.scheduledAt ? new Date(input.scheduledAt) : null,
        started_at: new Date(input.startedAt),
        ended_at: new Date(input.endedAt),
        checklist: JSON.stringify(input.checklist),
        findings: input.findings,
        created_by: userId,
        created_at: at,
      })
      .execute();
    for (const change of input.changes) {
      await changeAgreedScore(trx, {
        assessmentId: a.id,
        nodeCode: change.nodeCode,
        percent: change.percent,
        source: 'site_visit',
        sourceId: visitId,
        reason: change.reason,
        changedBy: userId,
        changedAt: at,
      });
    }
    // The engine refuses outside the site-visit stage, rolling the rows above back with it.
    await engine.send({ instanceId: a.id, event: { type: 'RECORD_SITE_VISIT', visitId, visitKind: input.kind }, actor }, trx);
    return { id: visitId };
  });
}

/** An assessment's visits and the score changes they (and appeals) made. */
export async function siteVisitsOf(db: DB, assessmentId: string) {
  const visits = await db
    .selectFrom('excellence_site_visits')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('started_at')
    .execute();
  const changes = await db
    .selectFrom('excellence_score_changes')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('changed_at')
    .execute();
  return {
    visits: visits.map((v) => ({
      id: v.id,
      kind: v.kind,
      scheduledAt: v.scheduled_at,
      startedAt: v.started_at,
      endedAt: v.ended_at,
      checklist: v.checklist,
      findings: v.findings,
    })),
    changes: changes.map((c) => ({
      id: c.id,
      nodeCode: c.node_code,
      source: c.source,
      sourceId: c.source_id,
      from: c.from_percent,
      to: c.to_percent,
      reason: c.reason,
      changedBy: c.changed_by,
      changedAt: c.changed_at,
    })),
  };
}
