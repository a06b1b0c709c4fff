import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';

export interface Subject {
  id: string;
  entityId: string;
  entityType: string;
}

/** The framework entity type a subject most likely is, by what the entity or centre does. */
function defaultType(fw: Framework, candidates: readonly string[]): string {
  const codes = fw.entityTypes.map((t) => t.code);
  return candidates.find((c) => codes.includes(c)) ?? codes[0]!;
}

/**
 * Resolves the cycle's subjects (entities or service centres) to their owning entity and
 * framework entity type; an explicit type must be one the framework defines.
 */
export async function resolveSubjects(
  db: DB,
  fw: Framework,
  kind: 'entity' | 'centre',
  ids: readonly string[],
  explicit: Readonly<Record<string, string>>,
): Promise<Subject[]> {
  const known = new Set(fw.entityTypes.map((t) => t.code));
  for (const [id, type] of Object.entries(explicit)) {
    if (!known.has(type)) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownEntityType', { subject: id, entityType: type });
  }
  if (kind === 'entity') {
    const rows = ids.length
      ? await db
          .selectFrom('entities')
          .select(['id', 'delivers_services'])
          .where('id', 'in', [...ids])
          .execute()
      : [];
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      if (!row) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownSubject', { subject: id });
      const guess = defaultType(fw, row.delivers_services ? ['service_entity'] : ['policy_entity']);
      return { id, entityId: id, entityType: explicit[id] ?? guess };
    });
  }
  const rows = ids.length
    ? await db
        .selectFrom('service_centres')
        .select(['id', 'entity_id', 'model'])
        .where('id', 'in', [...ids])
        .execute()
    : [];
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownSubject', { subject: id });
    const guess = defaultType(
      fw,
      row.model === 'remote' ? ['remote_channels', 'digital_service'] : ['on_premises_centre', 'service_centre'],
    );
    return { id, entityId: row.entity_id, entityType: explicit[id] ?? guess };
  });
}
