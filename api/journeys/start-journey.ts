import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { JourneyMap } from '../../workflows/journeys/journey-map.ts';
import { writeMap } from './journey-store.ts';

export interface NewJourney {
  key: string;
  entityId: string;
  serviceCodes: string[];
  title: { ar: string; en: string };
  /** A drafted as-is map to start from (seeds, or a copy of an earlier study). */
  asIsMap?: JourneyMap;
}

/** Picks a priority journey: the workflow instance and the journey row commit together. */
export async function startJourney(
  db: DB,
  engine: WorkflowEngine,
  input: NewJourney,
  actor: Actor,
  at: Date = new Date(),
): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    const taken = await trx.selectFrom('journeys').select('id').where('key', '=', input.key).executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', 'errors.journeys.key_taken', { key: input.key });
    // Retired services and archived entities are history: a new journey cannot start on them.
    const services = await trx
      .selectFrom('services')
      .select('code')
      .where('code', 'in', input.serviceCodes)
      .where('retired_at', 'is', null)
      .execute();
    if (services.length !== new Set(input.serviceCodes).size) throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_service');
    const entity = await trx
      .selectFrom('entities')
      .select('id')
      .where('id', '=', input.entityId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!entity) throw new AppError('BAD_REQUEST', 'errors.journeys.unknown_entity');
    const started = await engine.start(
      {
        kind: 'journey_reengineering',
        entityId: input.entityId,
        input: { journeyId: input.key, entityId: input.entityId, serviceCodes: input.serviceCodes, title: input.title },
        actor,
      },
      trx,
    );
    await trx
      .insertInto('journeys')
      .values({
        id: started.instanceId,
        key: input.key,
        entity_id: input.entityId,
        title_ar: input.title.ar,
        title_en: input.title.en,
        service_codes: JSON.stringify(input.serviceCodes),
        promised: JSON.stringify({}),
        created_at: at,
      })
      .execute();
    if (input.asIsMap) await writeMap(trx, started.instanceId, { ...input.asIsMap, journeyId: input.key, version: 'as_is' }, actor.id, at);
    return { id: started.instanceId };
  });
}
