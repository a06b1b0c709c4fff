import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { assertNoProblems, parseOrRefuse } from '../admin/field-problems.ts';
import { serviceDefinitionSchema, type ServiceDefinition } from '../../workflows/journeys/service-definition.ts';
import { serviceEditOutcome, serviceReferenceProblems } from '../../workflows/registry/catalogue-rules.ts';
import { problem } from '../../workflows/registry/field-problem.ts';
import { loadCatalogueReferences } from './catalogue-references.ts';

export interface Editor {
  actorId: string | null;
  at: Date;
}

const notFound = () => new AppError('NOT_FOUND', 'errors.journeys.unknown_service');

async function checkedDefinition(db: DB, document: unknown): Promise<ServiceDefinition> {
  const definition = parseOrRefuse(serviceDefinitionSchema, document);
  assertNoProblems(serviceReferenceProblems(definition, await loadCatalogueReferences(db)));
  return definition;
}

function columns(definition: ServiceDefinition) {
  return {
    name_ar: definition.name.ar,
    name_en: definition.name.en,
    owner_entity_code: definition.ownerEntityCode,
    definition: JSON.stringify(definition),
  };
}

/** A new service at version 1; its code is its own for good (a retired service keeps it). */
export async function createService(db: DB, document: unknown, by: Editor) {
  const definition = await checkedDefinition(db, document);
  const taken = await db.selectFrom('services').select('code').where('code', '=', definition.code).executeTakeFirst();
  if (taken) assertNoProblems([problem('code', 'codeTaken')]);
  await db
    .insertInto('services')
    .values({ code: definition.code, ...columns(definition), version: 1 })
    .execute();
  await db
    .insertInto('service_versions')
    .values({ code: definition.code, version: 1, definition: JSON.stringify(definition), saved_by: by.actorId, saved_at: by.at })
    .execute();
  await recordAdminChange(db, {
    actorId: by.actorId,
    subjectKind: 'service',
    subjectId: definition.code,
    action: 'created',
    after: definition,
  });
  return { code: definition.code, version: 1 };
}

/** Saves an edit as the next version; the older versions stay readable. Saving the same definition changes nothing. */
export async function editService(db: DB, document: unknown, by: Editor) {
  const definition = await checkedDefinition(db, document);
  const current = await db.selectFrom('services').selectAll().where('code', '=', definition.code).forUpdate().executeTakeFirst();
  if (!current) throw notFound();
  if (current.retired_at) throw new AppError('PRECONDITION_FAILED', 'errors.registry.serviceRetired', { code: current.code });
  const outcome = serviceEditOutcome({ code: current.code, version: current.version, definition: current.definition }, definition);
  if (outcome.kind === 'refused') assertNoProblems(outcome.problems);
  if (outcome.kind !== 'new_version') return { code: current.code, version: current.version };
  await db
    .updateTable('services')
    .set({ ...columns(definition), version: outcome.version })
    .where('code', '=', current.code)
    .execute();
  await db
    .insertInto('service_versions')
    .values({ code: current.code, version: outcome.version, definition: JSON.stringify(definition), saved_by: by.actorId, saved_at: by.at })
    .execute();
  await recordAdminChange(db, {
    actorId: by.actorId,
    subjectKind: 'service',
    subjectId: current.code,
    action: 'updated',
    before: { version: current.version, definition: current.definition },
    after: { version: outcome.version, definition },
  });
  return { code: current.code, version: outcome.version };
}

/** Retired: out of the catalogue's lists and pickers; journeys and imports that name it keep reading it. */
export async function setServiceRetired(db: DB, code: string, retired: boolean, by: Editor) {
  const current = await db.selectFrom('services').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!current) throw notFound();
  if ((current.retired_at !== null) === retired) return { code, retired };
  await db
    .updateTable('services')
    .set({ retired_at: retired ? by.at : null })
    .where('code', '=', code)
    .execute();
  await recordAdminChange(db, {
    actorId: by.actorId,
    subjectKind: 'service',
    subjectId: code,
    action: retired ? 'retired' : 'restored',
    before: { retiredAt: current.retired_at },
    after: { retiredAt: retired ? by.at.toISOString() : null },
  });
  return { code, retired };
}

export async function serviceVersions(db: DB, code: string) {
  const rows = await db
    .selectFrom('service_versions')
    .select(['version', 'saved_by', 'saved_at'])
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .execute();
  if (rows.length === 0) throw notFound();
  return rows.map((r) => ({ version: r.version, savedBy: r.saved_by, savedAt: new Date(r.saved_at).toISOString() }));
}

export async function serviceVersion(db: DB, code: string, version: number) {
  const row = await db
    .selectFrom('service_versions')
    .selectAll()
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { code, version, savedAt: new Date(row.saved_at).toISOString(), definition: row.definition };
}
