import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { AppError } from '../trpc/app-error.ts';
import type { ScenarioFields, ScenarioWording } from '../../workflows/mystery-shopper/checklist.ts';

export async function listScenarios(db: DB) {
  const rows = await db.selectFrom('mystery_scenarios').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    channel: r.channel,
    service: { ar: r.service_ar, en: r.service_en },
    persona: { ar: r.persona_ar, en: r.persona_en },
    checklist: r.checklist,
  }));
}

/** Adds a scenario to the library (the service asked for, the persona, the checklist); audited. */
export async function createScenario(db: DB, fields: ScenarioFields, actorId: string, at: Date): Promise<string> {
  if (await db.selectFrom('mystery_scenarios').select('id').where('code', '=', fields.code).executeTakeFirst())
    throw new AppError('CONFLICT', 'errors.mysteryShopper.scenarioCodeTaken', { field: 'code' });
  const id = randomUUID();
  await db
    .insertInto('mystery_scenarios')
    .values({
      id,
      code: fields.code,
      channel: fields.channel,
      service_ar: fields.service.ar,
      service_en: fields.service.en,
      persona_ar: fields.persona.ar,
      persona_en: fields.persona.en,
      checklist: JSON.stringify(fields.checklist),
      created_at: at,
    })
    .execute();
  await recordAdminChange(db, { actorId, subjectKind: 'mystery_scenario', subjectId: id, action: 'created', after: fields });
  return id;
}

/**
 * Rewords a scenario's service and persona. The code, channel and checklist stay: planned and
 * reported visits hold the checklist's item codes.
 */
export async function updateScenario(db: DB, id: string, wording: ScenarioWording, actorId: string): Promise<void> {
  const before = await db.selectFrom('mystery_scenarios').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!before) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.scenarioNotFound');
  await db
    .updateTable('mystery_scenarios')
    .set({ service_ar: wording.service.ar, service_en: wording.service.en, persona_ar: wording.persona.ar, persona_en: wording.persona.en })
    .where('id', '=', id)
    .execute();
  await recordAdminChange(db, {
    actorId,
    subjectKind: 'mystery_scenario',
    subjectId: id,
    action: 'updated',
    before: { service: { ar: before.service_ar, en: before.service_en }, persona: { ar: before.persona_ar, en: before.persona_en } },
    after: wording,
  });
}
