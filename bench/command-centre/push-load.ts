import type { ApiClient } from '../../tests/support/api-client.ts';
import type { BenchCentre } from './bench-entities.ts';

export interface PushLoadOptions {
  url: string;
  wallboard: ApiClient;
  centres: Map<string, BenchCentre[]>;
  tokens: Map<string, string>;
  seconds: number;
  /** Events a second, over all entities. */
  rate: number;
}

export interface PushLoadResult {
  eventsSent: number;
  eventsWritten: number;
  failedPushes: number;
  /** From the first push sent to the last answered. */
  windowMs: number;
  throughput: number;
  pushMs: number[];
  /** Per push: sent → first board that includes it, seen by the subscriber. */
  latenciesMs: number[];
  boardUpdates: number;
  unseen: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A queue system's second: tickets issued, called and completed (three events each), numbered from `seq`. */
function batch(entityId: string, centres: BenchCentre[], tick: number, events: number, now: number) {
  const rows: Record<string, string | number | null>[] = [];
  for (let i = 0; rows.length < events; i++) {
    const centre = centres[i % centres.length]!.code;
    const ticket = `T${tick}-${i}`;
    const issued = now - (5 + (i % 20)) * 60_000;
    const called = issued + (2 + (i % 17)) * 60_000;
    const done = Math.min(now, called + (3 + (i % 9)) * 60_000);
    const base = { centre_code: centre, channel: 'counter', ticket };
    const id = (k: string) => `${entityId}-${String(tick).padStart(6, '0')}-${String(i).padStart(3, '0')}-${k}`;
    rows.push({ ...base, external_id: id('a'), event: 'issued', at: new Date(issued).toISOString() });
    if (rows.length < events)
      rows.push({ ...base, external_id: id('b'), counter: `K${i % 6}`, event: 'called', at: new Date(called).toISOString() });
    if (rows.length < events)
      rows.push({
        ...base,
        external_id: id('c'),
        counter: `K${i % 6}`,
        event: 'completed',
        at: new Date(done).toISOString(),
        satisfaction: 1 + (i % 5),
      });
  }
  return rows;
}

/**
 * Open loop: every entity pushes once a second (staggered across the second), its share of
 * `rate`; a push that takes longer than a second delays only that entity's next one. The
 * wallboard subscriber notes when each push's marker (its smallest external id, which the
 * server announces) first arrives.
 */
export async function pushLoad(o: PushLoadOptions): Promise<PushLoadResult> {
  const sentAt = new Map<string, number>();
  const seenAt = new Map<string, number>();
  let boardUpdates = 0;
  let ready!: () => void;
  const subscribed = new Promise<void>((r) => {
    ready = r;
  });
  const sub = o.wallboard.commandCentre.watch.subscribe(
    {},
    {
      onData: ({ data }) => {
        const t = performance.now();
        boardUpdates++;
        ready();
        for (const m of data.markers) if (!seenAt.has(m)) seenAt.set(m, t);
      },
      onError: (err) => console.error('wallboard stream failed', err),
    },
  );
  await subscribed;

  const entities = [...o.centres.keys()];
  const perSecond = entities.map((_, i) => Math.floor(o.rate / entities.length) + (i < o.rate % entities.length ? 1 : 0));
  const pushMs: number[] = [];
  let eventsSent = 0;
  let eventsWritten = 0;
  let failedPushes = 0;
  const start = performance.now();
  let lastAnswer = start;
  await Promise.all(
    entities.map(async (entityId, e) => {
      await sleep((1000 * e) / entities.length);
      for (let tick = 0; tick < o.seconds; tick++) {
        const due = start + (1000 * e) / entities.length + tick * 1000;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const rows = batch(entityId, o.centres.get(entityId)!, tick, perSecond[e]!, Date.now());
        const marker = rows.map((r) => String(r.external_id)).sort()[0]!;
        const t = performance.now();
        sentAt.set(marker, t);
        eventsSent += rows.length;
        const res = await fetch(`${o.url}/api/v1/centre-events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${o.tokens.get(entityId)}`, 'content-type': 'application/json' },
          body: JSON.stringify({ rows }),
        });
        const body = (await res.json()) as { createdRows?: number };
        lastAnswer = performance.now();
        pushMs.push(lastAnswer - t);
        if (res.status === 200) eventsWritten += body.createdRows ?? 0;
        else {
          failedPushes++;
          sentAt.delete(marker);
          if (failedPushes <= 3) console.error(`push refused: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        }
      }
    }),
  );
  const windowMs = lastAnswer - start;
  // The last boards are on their way: wait for them, a while.
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline && [...sentAt.keys()].some((m) => !seenAt.has(m))) await sleep(100);
  sub.unsubscribe();
  const latenciesMs: number[] = [];
  let unseen = 0;
  for (const [m, t] of sentAt) {
    const seen = seenAt.get(m);
    if (seen === undefined) unseen++;
    else latenciesMs.push(seen - t);
  }
  return {
    eventsSent,
    eventsWritten,
    failedPushes,
    windowMs,
    throughput: (eventsWritten * 1000) / windowMs,
    pushMs,
    latenciesMs,
    boardUpdates,
    unseen,
  };
}
