import type { DB } from '../db/schema.ts';
import { notify, type Recipient } from '../notifications/inbox.ts';
import type { AlertContext } from '../../workflows/command-centre/alert-machine.ts';

/** The people a centre's alert is for: its entity's supervisors and quality ambassadors; on escalation the programme manager too. */
export function alertRecipients(entityId: string, level: 1 | 2): Recipient[] {
  const centre: Recipient[] = [
    { role: 'centre_supervisor', entityId },
    { role: 'quality_ambassador', entityId },
  ];
  return level === 1 ? centre : [{ role: 'programme_manager' }, ...centre];
}

/** A shown figure: a share as a percentage, minutes and counts rounded to one decimal. */
export function shownValue(metric: string, value: number): string {
  if (metric === 'satisfaction' || metric === 'efficiency') return `${Math.round(value * 1000) / 10}%`;
  return String(Math.round(value * 10) / 10);
}

/** The inbox notice (and its e-mail) for an alert raised (level 1) or escalated (level 2). */
export async function sendAlertNotice(db: DB, alertId: string, context: AlertContext, level: 1 | 2, at: Date): Promise<void> {
  await notify(
    db,
    alertRecipients(context.entityId, level),
    {
      kind: level === 1 ? 'commandCentre.notices.alertRaised' : 'commandCentre.notices.alertEscalated',
      params: {
        centre: context.centreCode,
        value: shownValue(context.metric, context.value),
        target: shownValue(context.metric, context.target),
      },
      link: `/command-centre/alerts/${alertId}`,
    },
    at,
  );
}
