import type { DB } from '../db/schema.ts';
import { boardWindows, type BoardWindow } from '../../workflows/command-centre/windows.ts';
import { addSums, emptySums, figuresOf, type WindowFigures, type WindowSums } from '../../workflows/command-centre/metrics.ts';
import { counterSums, type CounterSums } from './window-sums.ts';

export type WindowedFigures = Record<BoardWindow, WindowFigures>;

export interface CentreRow {
  code: string;
  nameAr: string;
  nameEn: string;
  channel: string;
  figures: WindowedFigures;
  openAlerts: number;
}

export interface EntityRow {
  id: string;
  nameAr: string;
  nameEn: string;
  figures: WindowedFigures;
  centres: CentreRow[];
}

export interface Board {
  at: string;
  /** All the watched entities rolled up: the decision maker's line. */
  figures: WindowedFigures;
  entities: EntityRow[];
}

type Sums = Record<BoardWindow, WindowSums>;
export const zero = (): Sums => Object.fromEntries(boardWindows.map((w) => [w, emptySums])) as Sums;
const add = (a: Sums, b: Sums): Sums => Object.fromEntries(boardWindows.map((w) => [w, addSums(a[w], b[w])])) as Sums;
export const figures = (s: Sums): WindowedFigures => Object.fromEntries(boardWindows.map((w) => [w, figuresOf(s[w])])) as WindowedFigures;

/** Sums rolled up by a key (centre, entity), exactly: sums add, averages are taken last. */
export function rollUp(rows: readonly CounterSums[], key: (r: CounterSums) => string): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const r of rows) out.set(key(r), add(out.get(key(r)) ?? zero(), r.windows));
  return out;
}

/**
 * The board for the watched entities (null: all): every active centre, idle ones at zero, each
 * with its figures per window and its open alerts; entities and the whole rolled up from them.
 */
export async function loadBoard(db: DB, entityIds: readonly string[] | null, now: Date): Promise<Board> {
  if (entityIds !== null && entityIds.length === 0) return { at: now.toISOString(), figures: figures(zero()), entities: [] };
  let centresQ = db
    .selectFrom('service_centres')
    .innerJoin('entities', 'entities.id', 'service_centres.entity_id')
    .select([
      'service_centres.code',
      'service_centres.name_ar',
      'service_centres.name_en',
      'service_centres.channel',
      'entities.id as entity_id',
      'entities.name_ar as entity_name_ar',
      'entities.name_en as entity_name_en',
    ])
    .where('service_centres.active', '=', true)
    .orderBy('entities.code')
    .orderBy('service_centres.code');
  let alertsQ = db
    .selectFrom('centre_alerts')
    .select(['centre_code', db.fn.countAll<string>().as('n')])
    .where('status', '<>', 'resolved')
    .groupBy('centre_code');
  if (entityIds !== null) {
    centresQ = centresQ.where('service_centres.entity_id', 'in', entityIds as string[]);
    alertsQ = alertsQ.where('entity_id', 'in', entityIds as string[]);
  }
  const [centres, alerts, sums] = await Promise.all([centresQ.execute(), alertsQ.execute(), counterSums(db, { entityIds }, now)]);
  const byCentre = rollUp(sums, (r) => r.centreCode);
  const open = new Map(alerts.map((a) => [a.centre_code, Number(a.n)]));
  const entities = new Map<string, EntityRow & { sums: Sums }>();
  let total = zero();
  for (const c of centres) {
    let e = entities.get(c.entity_id);
    if (!e) {
      e = { id: c.entity_id, nameAr: c.entity_name_ar, nameEn: c.entity_name_en, figures: figures(zero()), centres: [], sums: zero() };
      entities.set(c.entity_id, e);
    }
    const s = byCentre.get(c.code) ?? zero();
    e.sums = add(e.sums, s);
    total = add(total, s);
    e.centres.push({
      code: c.code,
      nameAr: c.name_ar,
      nameEn: c.name_en,
      channel: c.channel,
      figures: figures(s),
      openAlerts: open.get(c.code) ?? 0,
    });
  }
  return {
    at: now.toISOString(),
    figures: figures(total),
    entities: [...entities.values()].map(({ sums, ...e }) => ({ ...e, figures: figures(sums) })),
  };
}
