import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { boardWindows, windowRange, type BoardWindow } from '../../workflows/command-centre/windows.ts';
import type { WindowSums } from '../../workflows/command-centre/metrics.ts';

export interface CounterSums {
  entityId: string;
  centreCode: string;
  /** '' for tickets no counter has called yet. */
  counter: string;
  windows: Record<BoardWindow, WindowSums>;
}

export interface SumsScope {
  /** Only these entities' centres; null: every entity. */
  entityIds: readonly string[] | null;
  centreCode?: string;
}

type Row = Record<string, string | number | null> & { entity_id: string; centre_code: string; counter: string };

/** The sum columns of one window, each a FILTER over the tickets touched since the widest window began. */
function windowColumns(w: BoardWindow, from: Date, to: Date) {
  const inW = (col: string) => sql`${sql.ref(col)} > ${from} and ${sql.ref(col)} <= ${to}`;
  return [
    sql`count(*) filter (where ${inW('completed_at')})`.as(`${w}_served`),
    sql`count(*) filter (where ${inW('abandoned_at')})`.as(`${w}_abandoned`),
    sql`count(*) filter (where ${inW('called_at')} and issued_at is not null)`.as(`${w}_called`),
    sql`coalesce(sum(extract(epoch from called_at - issued_at)) filter (where ${inW('called_at')} and issued_at is not null), 0)`.as(
      `${w}_wait`,
    ),
    sql`coalesce(sum(extract(epoch from completed_at - called_at)) filter (where ${inW('completed_at')} and called_at is not null), 0)`.as(
      `${w}_service`,
    ),
    sql`count(*) filter (where ${inW('completed_at')} and called_at is not null)`.as(`${w}_timed`),
    sql`count(*) filter (where ${inW('completed_at')} and satisfaction is not null)`.as(`${w}_surveyed`),
    sql`count(*) filter (where ${inW('completed_at')} and satisfaction >= 4)`.as(`${w}_satisfied`),
  ];
}

/**
 * The sums of every window, per counter, in one pass of SQL over the tickets touched this week
 * (the widest window). Figures (averages, shares) and roll-ups to centre, entity and programme
 * are derived from these sums, never from averages of averages.
 */
export async function counterSums(db: DB, scope: SumsScope, now: Date): Promise<CounterSums[]> {
  const ranges = boardWindows.map((w) => [w, windowRange(w, now)] as const);
  const widest = new Date(Math.min(now.getTime(), ...ranges.map(([, r]) => r.from.getTime())));
  let q = db
    .selectFrom('centre_tickets')
    .select(['entity_id', 'centre_code', sql<string>`coalesce(counter, '')`.as('counter')])
    .select(ranges.flatMap(([w, r]) => windowColumns(w, r.from, r.to)))
    .where('last_at', '>', widest)
    .groupBy(['entity_id', 'centre_code', sql`coalesce(counter, '')`]);
  if (scope.entityIds !== null) {
    if (scope.entityIds.length === 0) return [];
    q = q.where('entity_id', 'in', scope.entityIds as string[]);
  }
  if (scope.centreCode !== undefined) q = q.where('centre_code', '=', scope.centreCode);
  const rows = (await q.execute()) as unknown as Row[];
  return rows.map((r) => ({
    entityId: r.entity_id,
    centreCode: r.centre_code,
    counter: r.counter,
    windows: Object.fromEntries(
      boardWindows.map((w) => [
        w,
        {
          served: Number(r[`${w}_served`]),
          abandoned: Number(r[`${w}_abandoned`]),
          called: Number(r[`${w}_called`]),
          waitSeconds: Number(r[`${w}_wait`]),
          serviceSeconds: Number(r[`${w}_service`]),
          timedServed: Number(r[`${w}_timed`]),
          surveyed: Number(r[`${w}_surveyed`]),
          satisfied: Number(r[`${w}_satisfied`]),
        },
      ]),
    ) as Record<BoardWindow, WindowSums>,
  }));
}
