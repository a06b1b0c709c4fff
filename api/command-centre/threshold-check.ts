import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { systemActor } from '../../engine/workflow/actor.ts';
import { evaluateThreshold, metricValue } from '../../workflows/command-centre/threshold.ts';
import { alertKind } from '../../workflows/command-centre/alert-workflow.ts';
import { counterSums } from './window-sums.ts';
import { figures, rollUp, zero } from './board.ts';
import { listThresholds } from './threshold-store.ts';

export interface CheckOutcome {
  raised: string[];
  resolved: string[];
}

/**
 * One look at every target against every centre it covers, at `now`: the pure rule
 * (workflows/command-centre/threshold.ts) decides; here the breach clocks are kept, an alert
 * workflow is started for a breach without one, and an alert whose centre is back within
 * target is resolved. Run after each ingest and on a timer, so a breach that lasts with no
 * new event is still seen.
 */
export async function checkThresholds(deps: { db: DB; engine: WorkflowEngine }, now: Date): Promise<CheckOutcome> {
  const { db, engine } = deps;
  const outcome: CheckOutcome = { raised: [], resolved: [] };
  const thresholds = await listThresholds(db);
  if (thresholds.length === 0) return outcome;
  const [centres, breaches, alerts, sums] = await Promise.all([
    db.selectFrom('service_centres').select(['code', 'entity_id', 'channel']).where('active', '=', true).execute(),
    db.selectFrom('centre_breaches').selectAll().execute(),
    db.selectFrom('centre_alerts').select(['id', 'threshold_id', 'centre_code']).where('status', '<>', 'resolved').execute(),
    counterSums(db, { entityIds: null }, now),
  ]);
  const byCentre = rollUp(sums, (r) => r.centreCode);
  const since = new Map(breaches.map((b) => [`${b.threshold_id}/${b.centre_code}`, new Date(b.since).toISOString()]));
  const open = new Map(alerts.map((a) => [`${a.threshold_id}/${a.centre_code}`, a.id]));
  for (const t of thresholds) {
    const covered = centres.filter((c) => (t.scope.kind === 'centre' ? c.code === t.scope.centreCode : c.channel === t.scope.channel));
    for (const c of covered) {
      const key = `${t.id}/${c.code}`;
      const value = metricValue(t.metric, figures(byCentre.get(c.code) ?? zero())[t.window]);
      const before = since.get(key) ?? null;
      const { verdict, state } = evaluateThreshold(t, value, { since: before }, now);
      if (state.since !== before) {
        if (state.since === null)
          await db.deleteFrom('centre_breaches').where('threshold_id', '=', t.id).where('centre_code', '=', c.code).execute();
        else
          await db
            .insertInto('centre_breaches')
            .values({ threshold_id: t.id, centre_code: c.code, since: state.since })
            .onConflict((oc) => oc.columns(['threshold_id', 'centre_code']).doUpdateSet({ since: state.since! }))
            .execute();
      }
      const alertId = open.get(key);
      if (verdict === 'breached' && alertId === undefined && value !== null) {
        const id = randomUUID();
        try {
          await engine.start({
            id,
            kind: alertKind,
            entityId: c.entity_id,
            actor: systemActor,
            input: {
              alertId: id,
              thresholdId: t.id,
              entityId: c.entity_id,
              centreCode: c.code,
              metric: t.metric,
              window: t.window,
              comparison: t.comparison,
              target: t.target,
              value,
              raisedAt: now.toISOString(),
              escalateAfterMs: t.escalateAfterMinutes * 60_000,
            },
          });
          outcome.raised.push(id);
        } catch (err) {
          // Another process raised it first (one unresolved alert per pair): nothing more is owed.
          const raced = await db
            .selectFrom('centre_alerts')
            .select('id')
            .where('threshold_id', '=', t.id)
            .where('centre_code', '=', c.code)
            .where('status', '<>', 'resolved')
            .executeTakeFirst();
          if (!raced) throw err;
        }
      } else if (verdict === 'within' && alertId !== undefined) {
        await engine.send({ instanceId: alertId, event: { type: 'RESOLVE' }, actor: systemActor, at: now });
        outcome.resolved.push(alertId);
      }
    }
  }
  return outcome;
}
