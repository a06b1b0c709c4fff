import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { localDayStart } from '../../workflows/command-centre/windows.ts';
import { counterSums } from './window-sums.ts';
import { figures, rollUp, zero, type WindowedFigures } from './board.ts';

export interface Transaction {
  ticket: string;
  counter: string | null;
  serviceCode: string | null;
  channel: string;
  issuedAt: string | null;
  calledAt: string | null;
  completedAt: string | null;
  abandonedAt: string | null;
  waitMinutes: number | null;
  serviceMinutes: number | null;
  satisfaction: number | null;
}

export interface CentreDetail {
  at: string;
  entityId: string;
  entityNameAr: string;
  entityNameEn: string;
  code: string;
  nameAr: string;
  nameEn: string;
  figures: WindowedFigures;
  counters: { counter: string; figures: WindowedFigures }[];
  /** The day's tickets, latest first (at most `transactionLimit`). */
  transactions: Transaction[];
  /** Tickets today in all, when more than the list shows. */
  transactionCount: number;
}

export const transactionLimit = 500;

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
const minutesBetween = (a: Date | string | null, b: Date | string | null) =>
  a === null || b === null ? null : (new Date(b).getTime() - new Date(a).getTime()) / 60_000;

/** One centre: its figures, each counter's, and the day's transactions (the drill-down's last step). */
export async function loadCentreDetail(db: DB, centreCode: string, now: Date): Promise<CentreDetail> {
  const centre = await db
    .selectFrom('service_centres')
    .innerJoin('entities', 'entities.id', 'service_centres.entity_id')
    .select([
      'service_centres.code',
      'service_centres.name_ar',
      'service_centres.name_en',
      'entities.id as entity_id',
      'entities.name_ar as entity_name_ar',
      'entities.name_en as entity_name_en',
    ])
    .where('service_centres.code', '=', centreCode)
    .executeTakeFirst();
  if (!centre) throw new AppError('NOT_FOUND', 'errors.commandCentre.centreNotFound');
  const dayStart = localDayStart(now);
  const today = db
    .selectFrom('centre_tickets')
    .where('entity_id', '=', centre.entity_id)
    .where('centre_code', '=', centreCode)
    .where('last_at', '>', dayStart)
    .where('last_at', '<=', now);
  const [sums, tickets, count] = await Promise.all([
    counterSums(db, { entityIds: [centre.entity_id], centreCode }, now),
    today.selectAll().orderBy('last_at', 'desc').orderBy('ticket').limit(transactionLimit).execute(),
    today.select(db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const all = rollUp(sums, () => 'centre').get('centre');
  const byCounter = rollUp(sums, (r) => r.counter);
  return {
    at: now.toISOString(),
    entityId: centre.entity_id,
    entityNameAr: centre.entity_name_ar,
    entityNameEn: centre.entity_name_en,
    code: centre.code,
    nameAr: centre.name_ar,
    nameEn: centre.name_en,
    figures: figures(all ?? zero()),
    counters: [...byCounter.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([counter, s]) => ({ counter, figures: figures(s) })),
    transactions: tickets.map((t) => ({
      ticket: t.ticket,
      counter: t.counter,
      serviceCode: t.service_code,
      channel: t.channel,
      issuedAt: iso(t.issued_at),
      calledAt: iso(t.called_at),
      completedAt: iso(t.completed_at),
      abandonedAt: iso(t.abandoned_at),
      waitMinutes: minutesBetween(t.issued_at, t.called_at),
      serviceMinutes: minutesBetween(t.called_at, t.completed_at),
      satisfaction: t.satisfaction,
    })),
    transactionCount: Number(count.n),
  };
}
