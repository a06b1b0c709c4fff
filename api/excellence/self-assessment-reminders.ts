import type { DB } from '../db/schema.ts';
import { notify } from '../notifications/inbox.ts';
import type { AssessmentContext } from '../../workflows/excellence/assessment-machine.ts';

export const selfAssessmentNoticeKinds = {
  opened: 'excellence.notices.selfAssessmentOpened',
  dueSoon: 'excellence.notices.selfAssessmentDueSoon',
} as const;

export const defaultReminderLeadDays = 3;

async function cycleOf(db: DB, cycleId: string): Promise<{ number: number; year: number }> {
  return db.selectFrom('excellence_cycles').select(['number', 'year']).where('id', '=', cycleId).executeTakeFirstOrThrow();
}

/** Tells the entity's coordinators that their self-assessment is open, in the transition's transaction. */
export async function noticeSelfAssessmentOpened(db: DB, ctx: AssessmentContext, at: Date): Promise<number> {
  const cycle = await cycleOf(db, ctx.cycleId);
  return notify(
    db,
    [{ role: 'entity_coordinator', entityId: ctx.entityId }],
    {
      kind: selfAssessmentNoticeKinds.opened,
      params: { ...cycle, dueAt: ctx.selfAssessmentDueAt ?? '' },
      link: `/excellence/assessments/${ctx.assessmentId}`,
    },
    at,
  );
}

/**
 * Reminds coordinators of a self-assessment still open `leadDays` before its deadline: once per
 * deadline (an extension is a new deadline, so a new reminder), whichever process sweeps first
 * (the reminder row's key decides, in the notice's transaction). Sweeps run every minute, so a
 * deadline that entered its reminder window while every process was down is reminded at start.
 */
export async function remindSelfAssessmentDeadlines(db: DB, now: Date, leadDays = defaultReminderLeadDays): Promise<number> {
  const open = await db
    .selectFrom('workflow_instances')
    .select(['id', 'snapshot'])
    .where('kind', '=', 'excellence_assessment')
    .where('state', '=', 'self_assessment.open')
    .execute();
  let reminded = 0;
  for (const row of open) {
    const ctx = (row.snapshot as { context?: AssessmentContext }).context;
    const dueAt = ctx?.selfAssessmentDueAt ? new Date(ctx.selfAssessmentDueAt) : null;
    if (!ctx || !dueAt || dueAt <= now || dueAt.getTime() - leadDays * 24 * 60 * 60_000 > now.getTime()) continue;
    const sent = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('self_assessment_reminders')
        .values({ assessment_id: row.id, due_at: dueAt })
        .onConflict((oc) => oc.columns(['assessment_id', 'due_at']).doNothing())
        .returning('assessment_id')
        .executeTakeFirst();
      if (!claimed) return false;
      const cycle = await cycleOf(trx, ctx.cycleId);
      await notify(
        trx,
        [{ role: 'entity_coordinator', entityId: ctx.entityId }],
        {
          kind: selfAssessmentNoticeKinds.dueSoon,
          params: { ...cycle, dueAt: dueAt.toISOString() },
          link: `/excellence/assessments/${ctx.assessmentId}`,
        },
        now,
      );
      return true;
    });
    if (sent) reminded++;
  }
  return reminded;
}
