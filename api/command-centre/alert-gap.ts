import type { DB } from '../db/schema.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { AppError } from '../trpc/app-error.ts';
import { raiseGapRow } from '../improvement/gap-register.ts';
import { findAlert } from './alert-store.ts';
import { shownValue } from './alert-notices.ts';

/** Metric names in both languages, for the gap's title (the register shows it as written). */
const metricNames: Record<string, [string, string]> = {
  average_wait: ['متوسط وقت الانتظار', 'Average waiting time'],
  average_service: ['متوسط وقت إنجاز الخدمة', 'Average service time'],
  satisfaction: ['رضا المتعاملين', 'Customer satisfaction'],
  efficiency: ['كفاءة الخدمة', 'Service efficiency'],
  abandoned: ['التذاكر المتروكة', 'Abandoned tickets'],
};

/**
 * Raises an alert as a gap on the centre's entity (source `command_centre`, linked to the alert),
 * and records the gap on the alert, in one transaction. Raising it again answers the same gap.
 */
export async function raiseAlertAsGap(
  deps: { db: DB; engine: WorkflowEngine },
  alertId: string,
  actor: Actor,
  at: Date,
): Promise<{ gapId: string; gapCode: string }> {
  const alert = await findAlert(deps.db, alertId);
  if (!alert) throw new AppError('NOT_FOUND', 'errors.commandCentre.alertNotFound');
  const [ar, en] = metricNames[alert.metric] ?? [alert.metric, alert.metric];
  return inTransaction(deps.db, async (trx) => {
    const gap = await raiseGapRow(
      trx,
      {
        title: `${en}: ${alert.centreNameEn} — ${ar}: ${alert.centreNameAr}`,
        description:
          `${en} ${shownValue(alert.metric, alert.value)} (target ${alert.comparison} ${shownValue(alert.metric, alert.target)}), ` +
          `service centre ${alert.centreCode}, raised ${alert.raisedAt}.`,
        entityId: alert.entityId,
        severity: alert.level >= 2 ? 'high' : 'medium',
        source: {
          kind: 'command_centre',
          containerId: alert.id,
          itemId: alert.id,
          labelAr: `تنبيه ${ar} — ${alert.centreNameAr}`,
          labelEn: `${en} alert — ${alert.centreNameEn}`,
        },
      },
      at,
    );
    if (alert.gapId === null) {
      await deps.engine.send({ instanceId: alert.id, event: { type: 'RECORD_GAP', gapId: gap.id, gapCode: gap.code }, actor }, trx);
    }
    return { gapId: gap.id, gapCode: gap.code };
  });
}
