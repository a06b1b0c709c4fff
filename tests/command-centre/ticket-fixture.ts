/** One ticket event as an entity system sends it. */
export interface EventRow {
  external_id: string;
  centre_code: string;
  counter?: string | null;
  service_code?: string | null;
  channel: string;
  ticket: string;
  event: 'issued' | 'called' | 'completed' | 'abandoned';
  at: string;
  satisfaction?: number | null;
}

/** A ticket's whole life as events: issued, then called at a counter, then completed (with a survey answer) or abandoned. */
export function ticketEvents(
  centre: string,
  ticket: string,
  times: { issued: string; called?: string; completed?: string; abandoned?: string },
  counter: string | null,
  satisfaction?: number,
): EventRow[] {
  const base = { centre_code: centre, channel: 'counter', ticket, service_code: null };
  const rows: EventRow[] = [{ ...base, external_id: `${centre}-${ticket}-i`, event: 'issued', at: times.issued }];
  if (times.called) rows.push({ ...base, counter, external_id: `${centre}-${ticket}-c`, event: 'called', at: times.called });
  if (times.completed)
    rows.push({
      ...base,
      counter,
      external_id: `${centre}-${ticket}-d`,
      event: 'completed',
      at: times.completed,
      satisfaction: satisfaction ?? null,
    });
  if (times.abandoned) rows.push({ ...base, external_id: `${centre}-${ticket}-a`, event: 'abandoned', at: times.abandoned });
  return rows;
}

/**
 * The hand-computed fixture (now = 2026-03-04T10:00Z, 13:00 local, a Wednesday): tickets at MOI's
 * two counter centres and one at MOH's. The figures each window must show are worked out in
 * window-figures.test.ts beside the assertions.
 */
export const fixtureNow = new Date('2026-03-04T10:00:00Z');
export function fixtureEvents(): EventRow[] {
  return [
    // A: waited 10, served 6 at C1, very satisfied.
    ...ticketEvents(
      'MOI-C01',
      'A',
      { issued: '2026-03-04T09:40:00Z', called: '2026-03-04T12:50:00+03:00', completed: '2026-03-04T09:56:00Z' },
      'C1',
      5,
    ),
    // B: waited 30, served 20 at C2, dissatisfied.
    ...ticketEvents(
      'MOI-C01',
      'B',
      { issued: '2026-03-04T09:00:00Z', called: '2026-03-04T09:30:00Z', completed: '2026-03-04T09:50:00Z' },
      'C2',
      2,
    ),
    // C: gave up after 5 minutes, never called.
    ...ticketEvents('MOI-C01', 'C', { issued: '2026-03-04T09:50:00Z', abandoned: '2026-03-04T09:55:00Z' }, null),
    // D: yesterday (this week only): waited 5, served 10 at C1, satisfied.
    ...ticketEvents(
      'MOI-C01',
      'D',
      { issued: '2026-03-03T08:00:00Z', called: '2026-03-03T08:05:00Z', completed: '2026-03-03T08:15:00Z' },
      'C1',
      4,
    ),
    // E: the other MOI centre: waited 2, served 11, very dissatisfied.
    ...ticketEvents(
      'MOI-C02',
      'E',
      { issued: '2026-03-04T09:45:00Z', called: '2026-03-04T09:47:00Z', completed: '2026-03-04T09:58:00Z' },
      'X1',
      1,
    ),
    // F: MOH: waited 2, served 3, very satisfied.
    ...ticketEvents(
      'MOH-C01',
      'F',
      { issued: '2026-03-04T09:50:00Z', called: '2026-03-04T09:52:00Z', completed: '2026-03-04T09:55:00Z' },
      'H1',
      5,
    ),
  ];
}
