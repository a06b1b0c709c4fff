import type { DB } from '../db/schema.ts';
import { toCsv } from '../spreadsheets/csv-writer.ts';

/* The callers check the selection first (bulk-selection.ts): every id here is one the person may see. */
const day = (at: Date | string) => new Date(at).toISOString().slice(0, 10);

/** Selected gaps as CSV, in code order; names in both languages so one file serves both readers. */
export async function exportGapsCsv(db: DB, ids: readonly string[]): Promise<{ csv: string; rows: number }> {
  const rows = await db
    .selectFrom('gaps')
    .innerJoin('entities', 'entities.id', 'gaps.entity_id')
    .leftJoin('users', 'users.id', 'gaps.owner_id')
    .select([
      'gaps.id',
      'gaps.code',
      'gaps.title',
      'gaps.entity_id',
      'entities.name_ar',
      'entities.name_en',
      'gaps.severity',
      'gaps.status',
      'gaps.owner_id',
      'users.display_name_ar',
      'users.display_name_en',
      'gaps.raised_at',
    ])
    .where('gaps.id', 'in', [...ids])
    .orderBy('gaps.code')
    .execute();
  const csv = toCsv(
    ['code', 'title', 'entity_ar', 'entity_en', 'severity', 'status', 'owner_ar', 'owner_en', 'raised_on'],
    rows.map((g) => [
      g.code,
      g.title,
      g.name_ar,
      g.name_en,
      g.severity,
      g.status,
      g.display_name_ar ?? '',
      g.display_name_en ?? '',
      day(g.raised_at),
    ]),
  );
  return { csv, rows: rows.length };
}

/** Selected actions as CSV, in due-date order. */
export async function exportActionsCsv(db: DB, ids: readonly string[]): Promise<{ csv: string; rows: number }> {
  const rows = await db
    .selectFrom('actions')
    .innerJoin('entities', 'entities.id', 'actions.entity_id')
    .leftJoin('users', 'users.id', 'actions.owner_id')
    .select([
      'actions.id',
      'actions.code',
      'actions.title',
      'actions.entity_id',
      'entities.name_ar',
      'entities.name_en',
      'actions.status',
      'actions.progress',
      'actions.due_at',
      'users.display_name_ar',
      'users.display_name_en',
    ])
    .where('actions.id', 'in', [...ids])
    .orderBy('actions.due_at')
    .orderBy('actions.code')
    .execute();
  const csv = toCsv(
    ['code', 'title', 'entity_ar', 'entity_en', 'status', 'progress', 'due_on', 'owner_ar', 'owner_en'],
    rows.map((a) => [
      a.code ?? '',
      a.title,
      a.name_ar,
      a.name_en,
      a.status,
      Number(a.progress),
      day(a.due_at),
      a.display_name_ar ?? '',
      a.display_name_en ?? '',
    ]),
  );
  return { csv, rows: rows.length };
}
