import type { ApiClient } from '../../trpc/client.ts';
import type { VisitReport } from '../../../workflows/mystery-shopper/visit-machine.ts';

/** A photo taken on the phone, kept as base64 until it is sent. */
export interface PendingPhoto {
  clientKey: string;
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A report the shopper submitted while offline (or whose send failed), with its key: resending it writes once. */
export interface QueuedReport {
  visitId: string;
  clientKey: string;
  report: VisitReport;
  photos: PendingPhoto[];
}

const outboxKey = (visitId: string) => `tamayuz.mysteryShopper.outbox.${visitId}`;
export const draftKey = (visitId: string) => `tamayuz.mysteryShopper.draft.${visitId}`;
export const visitCacheKey = (visitId: string) => `tamayuz.mysteryShopper.visit.${visitId}`;

/** A key the server has never seen from this phone: the idempotency key of one report or photo. */
export function newClientKey(): string {
  return crypto.randomUUID();
}

export function readJson<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  localStorage.setItem(key, JSON.stringify(value));
}

export function queueReport(entry: QueuedReport): void {
  writeJson(outboxKey(entry.visitId), entry);
}

export function queuedReport(visitId: string): QueuedReport | null {
  return readJson<QueuedReport>(outboxKey(visitId));
}

export function queuedVisitIds(): string[] {
  const prefix = 'tamayuz.mysteryShopper.outbox.';
  return Object.keys(localStorage)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
}

/**
 * Sends one queued report: its photos first (each with its own key), then the report. Only a
 * success empties the queue, so a failure midway is retried whole and the keys make it write once.
 */
export async function sendQueued(client: ApiClient, entry: QueuedReport): Promise<void> {
  for (const p of entry.photos) await client.mysteryShopper.visits.addPhoto.mutate({ id: entry.visitId, ...p });
  await client.mysteryShopper.visits.submit.mutate({ id: entry.visitId, clientKey: entry.clientKey, report: entry.report });
  localStorage.removeItem(outboxKey(entry.visitId));
  localStorage.removeItem(draftKey(entry.visitId));
}

let flushing: Promise<string[]> | null = null;

async function sendAll(client: ApiClient): Promise<string[]> {
  const sent: string[] = [];
  for (const id of queuedVisitIds()) {
    const entry = queuedReport(id);
    if (!entry) continue;
    try {
      await sendQueued(client, entry);
      sent.push(id);
    } catch (err) {
      // Still offline, or refused: it stays queued and the page shows why when opened.
      console.warn('mystery-shopper outbox: not sent yet', err);
    }
  }
  return sent;
}

/** Sends every queued report; answers the visits sent. One flush at a time. */
export function flushOutbox(client: ApiClient): Promise<string[]> {
  if (flushing) return flushing;
  // Cleared only after the assignment: a flush with nothing to send settles at once.
  const run = sendAll(client).finally(() => {
    if (flushing === run) flushing = null;
  });
  flushing = run;
  return run;
}
