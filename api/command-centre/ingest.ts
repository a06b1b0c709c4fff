import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { eventMessageKeys, validateTicketEvents, type BadEvent, type TicketEvent } from '../../workflows/command-centre/ticket-event.ts';
import { centreEventsChannel, type CentreEventsNotice } from './live-channel.ts';

export interface IngestOptions {
  /** The pushing token's (or the importing supervisor's) entity: other entities' centres are bad rows. Null: the programme's import, any entity. */
  entityId: string | null;
  /** refuse: one bad row refuses all (nothing written); skip: bad rows are left out. */
  mode: 'refuse' | 'skip';
  at: Date;
  /** Positions of rows in reports: 0 for a push (index in `rows`), 2 for a CSV (file line). */
  firstIndex?: number;
}

export type IngestResult =
  | { status: 'refused'; badRows: BadEvent[]; badRowCount: number; totalRows: number }
  | {
      status: 'written';
      batchId: string;
      totalRows: number;
      createdRows: number;
      unchangedRows: number;
      skippedRows: number;
      badRows: BadEvent[];
    };

/** A report of every bad cell of 50 000 rows helps nobody. */
const maxReported = 5000;

/**
 * Stores ticket events: checks each (pure rules), refuses another entity's or an unknown centre,
 * then in one transaction writes the events not seen before (the (entity, external id) key makes a
 * retried push write nothing twice, even two at once), folds them into their tickets' times, and
 * announces the batch on the live channel at commit.
 */
export async function ingestTicketEvents(db: DB, rows: readonly Record<string, unknown>[], options: IngestOptions): Promise<IngestResult> {
  const firstIndex = options.firstIndex ?? 0;
  const checked = validateTicketEvents(rows, firstIndex);
  const bad = [...checked.bad];
  const codes = [...new Set(checked.good.map((g) => g.event.centre_code))];
  const centres = new Map<string, string>();
  if (codes.length > 0) {
    const found = await db.selectFrom('service_centres').select(['code', 'entity_id']).where('code', 'in', codes).execute();
    for (const c of found) centres.set(c.code, c.entity_id);
  }
  const good: { index: number; event: TicketEvent; entityId: string }[] = [];
  for (const g of checked.good) {
    const owner = centres.get(g.event.centre_code);
    if (owner === undefined) bad.push({ index: g.index, column: 'centre_code', messageKey: eventMessageKeys.unknownCentre });
    else if (options.entityId !== null && owner !== options.entityId)
      bad.push({ index: g.index, column: 'centre_code', messageKey: eventMessageKeys.otherEntity });
    else good.push({ ...g, entityId: owner });
  }
  bad.sort((a, b) => a.index - b.index || (a.column < b.column ? -1 : 1));
  const badRowCount = new Set(bad.map((b) => b.index)).size;
  if (badRowCount > 0 && options.mode === 'refuse') {
    return { status: 'refused', badRows: bad.slice(0, maxReported), badRowCount, totalRows: rows.length };
  }
  const batchId = randomUUID();
  const created = good.length === 0 ? [] : await inTransaction(db, (trx) => writeEvents(trx, good, batchId, options.at));
  return {
    status: 'written',
    batchId,
    totalRows: rows.length,
    createdRows: created.length,
    unchangedRows: good.length - created.length,
    skippedRows: badRowCount,
    badRows: bad.slice(0, maxReported),
  };
}

type Good = { event: TicketEvent; entityId: string };

async function writeEvents(trx: DB, good: Good[], batchId: string, at: Date): Promise<Good[]> {
  // One lock order for every writer: two pushes that share ids wait instead of deadlocking.
  const sorted = [...good].sort((a, b) => cmp(a.entityId, b.entityId) || cmp(a.event.external_id, b.event.external_id));
  const col = <T>(f: (g: Good) => T) => sorted.map(f);
  const { rows } = await sql<{ entity_id: string; external_id: string }>`
    insert into centre_events (entity_id, external_id, centre_code, counter, service_code, channel, ticket, event, at, satisfaction, batch_id, received_at)
    select e, x, c, k, s, ch, t, ev, a::timestamptz, sat::smallint, ${batchId}, ${at}
    from unnest(
      ${col((g) => g.entityId)}::text[], ${col((g) => g.event.external_id)}::text[], ${col((g) => g.event.centre_code)}::text[],
      ${col((g) => g.event.counter ?? null)}::text[], ${col((g) => g.event.service_code ?? null)}::text[], ${col((g) => g.event.channel)}::text[],
      ${col((g) => g.event.ticket)}::text[], ${col((g) => g.event.event)}::text[], ${col((g) => g.event.at)}::text[],
      ${col((g) => (g.event.satisfaction == null ? null : String(g.event.satisfaction)))}::text[]
    ) as u(e, x, c, k, s, ch, t, ev, a, sat)
    on conflict do nothing
    returning entity_id, external_id`.execute(trx);
  const fresh = new Set(rows.map((r) => `${r.entity_id}\u0000${r.external_id}`));
  const created = sorted.filter((g) => fresh.has(`${g.entityId}\u0000${g.event.external_id}`));
  if (created.length === 0) return created;
  await foldIntoTickets(trx, created);
  const notice: CentreEventsNotice = { entities: [...new Set(created.map((g) => g.entityId))], marker: created[0]!.event.external_id };
  // Sent at commit: a watcher that hears it reads the batch.
  await sql`select pg_notify(${centreEventsChannel}, ${JSON.stringify(notice)})`.execute(trx);
  return created;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface TicketFold {
  entityId: string;
  centre: string;
  ticket: string;
  counter: string | null;
  service: string | null;
  channel: string;
  times: Record<TicketEvent['event'], string | null>;
  satisfaction: number | null;
  last: string;
}

/** Each ticket's events of the batch in one row (an upsert may touch a row once per statement). */
async function foldIntoTickets(trx: DB, events: Good[]): Promise<void> {
  const tickets = new Map<string, TicketFold>();
  for (const { event: e, entityId } of [...events].sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at))) {
    const key = `${entityId}\u0000${e.centre_code}\u0000${e.ticket}`;
    const t = tickets.get(key) ?? {
      entityId,
      centre: e.centre_code,
      ticket: e.ticket,
      counter: null,
      service: null,
      channel: e.channel,
      times: { issued: null, called: null, completed: null, abandoned: null },
      satisfaction: null,
      last: e.at,
    };
    t.counter = e.counter ?? t.counter;
    t.service = e.service_code ?? t.service;
    t.channel = e.channel;
    t.times[e.event] ??= e.at;
    if (e.satisfaction != null) t.satisfaction = e.satisfaction;
    if (Date.parse(e.at) > Date.parse(t.last)) t.last = e.at;
    tickets.set(key, t);
  }
  const list = [...tickets.values()].sort((a, b) => cmp(a.entityId, b.entityId) || cmp(a.centre, b.centre) || cmp(a.ticket, b.ticket));
  const col = <T>(f: (t: TicketFold) => T) => list.map(f);
  await sql`
    insert into centre_tickets (entity_id, centre_code, ticket, counter, service_code, channel, issued_at, called_at, completed_at, abandoned_at, satisfaction, last_at)
    select e, c, t, k, s, ch, i::timestamptz, ca::timestamptz, co::timestamptz, ab::timestamptz, sat::smallint, l::timestamptz
    from unnest(
      ${col((t) => t.entityId)}::text[], ${col((t) => t.centre)}::text[], ${col((t) => t.ticket)}::text[], ${col((t) => t.counter)}::text[],
      ${col((t) => t.service)}::text[], ${col((t) => t.channel)}::text[], ${col((t) => t.times.issued)}::text[], ${col((t) => t.times.called)}::text[],
      ${col((t) => t.times.completed)}::text[], ${col((t) => t.times.abandoned)}::text[],
      ${col((t) => (t.satisfaction === null ? null : String(t.satisfaction)))}::text[], ${col((t) => t.last)}::text[]
    ) as u(e, c, t, k, s, ch, i, ca, co, ab, sat, l)
    on conflict (entity_id, centre_code, ticket) do update set
      counter = coalesce(excluded.counter, centre_tickets.counter),
      service_code = coalesce(excluded.service_code, centre_tickets.service_code),
      channel = excluded.channel,
      issued_at = least(centre_tickets.issued_at, excluded.issued_at),
      called_at = least(centre_tickets.called_at, excluded.called_at),
      completed_at = least(centre_tickets.completed_at, excluded.completed_at),
      abandoned_at = least(centre_tickets.abandoned_at, excluded.abandoned_at),
      satisfaction = coalesce(excluded.satisfaction, centre_tickets.satisfaction),
      last_at = greatest(centre_tickets.last_at, excluded.last_at)`.execute(trx);
}
