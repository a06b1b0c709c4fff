import { randomUUID } from 'node:crypto';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { assertRun } from './consultation-access.ts';
import type { ConsultationFields } from './consultation-inputs.ts';
import { assertDatesInOrder, fieldColumns, loadConsultation, type ConsultationRow } from './consultation-store.ts';

interface Deps {
  db: DB;
  engine: WorkflowEngine;
}

/**
 * Writes the row and starts its workflow in one transaction. The programme's own consultation
 * (no entity) is the programme manager's to open; an entity's, its coordinator's or the manager's.
 */
export async function createConsultation(
  deps: Deps,
  user: SessionUser,
  entityId: string | null,
  fields: ConsultationFields,
): Promise<string> {
  assertRun(user, entityId);
  assertDatesInOrder(fields);
  if (entityId !== null) {
    const entity = await deps.db.selectFrom('entities').select('id').where('id', '=', entityId).executeTakeFirst();
    if (!entity) throw new AppError('NOT_FOUND', 'errors.participation.notFound');
  }
  const id = `cons-${randomUUID()}`;
  const now = new Date();
  await inTransaction(deps.db, async (trx) => {
    await trx
      .insertInto('consultations')
      .values({ id, entity_id: entityId, ...fieldColumns(fields), phase: 'draft', created_by: user.id, created_at: now, updated_at: now })
      .execute();
    await deps.engine.start(
      {
        kind: 'consultation',
        id,
        entityId,
        input: { consultationId: id, entityId, opensAt: fields.opensAt, closesAt: fields.closesAt },
        actor: actorOf(user, entityId),
      },
      trx,
    );
  });
  return id;
}

/** The row, locked, after the run check: what every owner's step starts from. */
export async function runnable(trx: DB, user: SessionUser, id: string): Promise<ConsultationRow> {
  const row = await loadConsultation(trx, id, { lock: true });
  assertRun(user, row.entity_id);
  return row;
}

/** A draft's text and settings; the dates go through the machine too, which re-checks them. */
export async function updateDraft(deps: Deps, user: SessionUser, id: string, fields: ConsultationFields): Promise<void> {
  assertDatesInOrder(fields);
  await inTransaction(deps.db, async (trx) => {
    const row = await runnable(trx, user, id);
    if (row.phase !== 'draft') throw new AppError('PRECONDITION_FAILED', 'errors.participation.draftOnly');
    await trx.updateTable('consultations').set(fieldColumns(fields)).where('id', '=', id).execute();
    await deps.engine.send(
      {
        instanceId: id,
        event: { type: 'SET_DATES', opensAt: fields.opensAt, closesAt: fields.closesAt },
        actor: actorOf(user, row.entity_id),
      },
      trx,
    );
  });
}

/** One owner's phase step (schedule, close early) through the engine, which refuses a step out of turn. */
export async function stepConsultation(deps: Deps, user: SessionUser, id: string, type: 'SCHEDULE' | 'CLOSE_EARLY'): Promise<string> {
  return inTransaction(deps.db, async (trx) => {
    const row = await runnable(trx, user, id);
    if (type === 'SCHEDULE' && (row.title_ar === '' || row.body_ar === ''))
      throw new AppError('BAD_REQUEST', 'errors.participation.incomplete');
    const result = await deps.engine.send({ instanceId: id, event: { type }, actor: actorOf(user, row.entity_id) }, trx);
    return result.state;
  });
}
