import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { AppError } from '../trpc/app-error.ts';
import type { Threshold, ThresholdInput, ThresholdMetric, ThresholdWindow } from '../../workflows/command-centre/threshold.ts';
import type { CentreThresholdsTable } from './tables.ts';

export interface ThresholdView extends Threshold {
  createdAt: string;
}

export function thresholdOf(r: Selectable<CentreThresholdsTable>): ThresholdView {
  return {
    id: r.id,
    scope: r.scope_kind === 'centre' ? { kind: 'centre', centreCode: r.centre_code! } : { kind: 'channel', channel: r.channel as never },
    metric: r.metric as ThresholdMetric,
    window: r.window as ThresholdWindow,
    comparison: r.comparison,
    target: Number(r.target),
    sustainMinutes: r.sustain_minutes,
    escalateAfterMinutes: r.escalate_after_minutes,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function listThresholds(db: DB): Promise<ThresholdView[]> {
  const rows = await db.selectFrom('centre_thresholds').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(thresholdOf);
}

/** A programme manager's new target, audited; a centre must exist. */
export async function addThreshold(db: DB, input: ThresholdInput, actorId: string, at: Date): Promise<ThresholdView> {
  return inTransaction(db, async (trx) => {
    if (input.scope.kind === 'centre') {
      const centre = await trx.selectFrom('service_centres').select('code').where('code', '=', input.scope.centreCode).executeTakeFirst();
      if (!centre) throw new AppError('BAD_REQUEST', 'errors.commandCentre.centreNotFound');
    }
    const row = {
      id: randomUUID(),
      scope_kind: input.scope.kind,
      centre_code: input.scope.kind === 'centre' ? input.scope.centreCode : null,
      channel: input.scope.kind === 'channel' ? input.scope.channel : null,
      metric: input.metric,
      window: input.window,
      comparison: input.comparison,
      target: input.target,
      sustain_minutes: input.sustainMinutes,
      escalate_after_minutes: input.escalateAfterMinutes,
      created_by: actorId,
      created_at: at,
    } as const;
    await trx.insertInto('centre_thresholds').values(row).execute();
    const view = thresholdOf(row);
    await recordAdminChange(trx, { actorId, subjectKind: 'centre_threshold', subjectId: row.id, action: 'created', after: view });
    return view;
  });
}

/** Removes a target (its breach clocks go with it; alerts already raised stay until resolved). */
export async function removeThreshold(db: DB, id: string, actorId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('centre_thresholds').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'errors.commandCentre.thresholdNotFound');
    await trx.deleteFrom('centre_thresholds').where('id', '=', id).execute();
    await recordAdminChange(trx, { actorId, subjectKind: 'centre_threshold', subjectId: id, action: 'deleted', before: thresholdOf(row) });
  });
}
