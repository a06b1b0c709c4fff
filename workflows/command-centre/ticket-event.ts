import { z } from 'zod';
import { journeyChannels } from '../journeys/journey-map.ts';
import { externalIdSchema } from '../journeys/cx-external-ids.ts';

/** What a queue-management or appointment system reports about one ticket. */
export const ticketEventKinds = ['issued', 'called', 'completed', 'abandoned'] as const;
export type TicketEventKind = (typeof ticketEventKinds)[number];

/** Message keys of a bad event (the command-centre namespace translates them). */
export const eventMessageKeys = {
  required: 'commandCentre.event.required',
  invalidCode: 'commandCentre.event.invalidCode',
  invalidKind: 'commandCentre.event.invalidKind',
  invalidChannel: 'commandCentre.event.invalidChannel',
  invalidTime: 'commandCentre.event.invalidTime',
  invalidSatisfaction: 'commandCentre.event.invalidSatisfaction',
  satisfactionNotCompleted: 'commandCentre.event.satisfactionNotCompleted',
  unknownCentre: 'commandCentre.event.unknownCentre',
  otherEntity: 'commandCentre.event.otherEntity',
  repeated: 'commandCentre.event.repeated',
  invalidExternalId: 'commandCentre.event.invalidExternalId',
} as const;

const code = z
  .string({ error: eventMessageKeys.required })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, { error: eventMessageKeys.invalidCode });

/** A cell may come as text or a number (CSV or JSON); both mean the same. */
const text = z.union([z.string(), z.number()]).transform(String);

/**
 * One ticket event. Times carry their offset (ISO 8601), so a system in any time zone is read
 * right; satisfaction (1–5, the post-transaction survey) comes only with `completed`.
 */
export const ticketEventSchema = z
  .object({
    external_id: text.pipe(externalIdSchema),
    centre_code: text.pipe(code),
    /** The counter (desk) that called or served it; an issue at the kiosk may not know it yet. */
    counter: z.union([text.pipe(code), z.null()]).optional(),
    service_code: z.union([text.pipe(code), z.null()]).optional(),
    channel: text.pipe(
      z
        .string()
        .trim()
        .toLowerCase()
        .pipe(z.enum(journeyChannels, { error: eventMessageKeys.invalidChannel })),
    ),
    ticket: text.pipe(code),
    event: text.pipe(
      z
        .string()
        .trim()
        .toLowerCase()
        .pipe(z.enum(ticketEventKinds, { error: eventMessageKeys.invalidKind })),
    ),
    at: text.pipe(z.iso.datetime({ offset: true, error: eventMessageKeys.invalidTime })),
    satisfaction: z.union([z.coerce.number().int({ error: eventMessageKeys.invalidSatisfaction }).min(1).max(5), z.null()]).optional(),
  })
  .refine((e) => e.satisfaction == null || e.event === 'completed', {
    path: ['satisfaction'],
    error: eventMessageKeys.satisfactionNotCompleted,
  });
export type TicketEvent = z.infer<typeof ticketEventSchema>;

/** The columns of the CSV template, in order. */
export const ticketEventColumns = [
  'external_id',
  'centre_code',
  'counter',
  'service_code',
  'channel',
  'ticket',
  'event',
  'at',
  'satisfaction',
];

export interface BadEvent {
  /** Position in the push (from 0) or the file's line (header = 1). */
  index: number;
  column: string;
  messageKey: string;
}

/**
 * Checks every event; an external id given twice in one push is bad the second time. Blank
 * optional cells (CSV) are absent. Answers the good events with their positions and every bad cell.
 */
export function validateTicketEvents(
  rows: readonly Record<string, unknown>[],
  firstIndex = 0,
): { good: { index: number; event: TicketEvent }[]; bad: BadEvent[] } {
  const good: { index: number; event: TicketEvent }[] = [];
  const bad: BadEvent[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, i) => {
    const index = firstIndex + i;
    const cleaned = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === '' ? undefined : v]));
    const parsed = ticketEventSchema.safeParse(cleaned);
    if (!parsed.success) {
      const columns = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        if (columns.has(column)) continue;
        columns.add(column);
        const key = issue.message.startsWith('commandCentre.') ? issue.message : keyOf(column, issue.message);
        bad.push({ index, column, messageKey: key });
      }
      return;
    }
    if (seen.has(parsed.data.external_id)) {
      bad.push({ index, column: 'external_id', messageKey: eventMessageKeys.repeated });
      return;
    }
    seen.add(parsed.data.external_id);
    good.push({ index, event: parsed.data });
  });
  return { good, bad };
}

/** zod's own messages (a missing field, the shared external-id rule) in this namespace's words. */
function keyOf(column: string, message: string): string {
  if (column === 'external_id') return message === 'cx_import.required' ? eventMessageKeys.required : eventMessageKeys.invalidExternalId;
  if (column === 'satisfaction') return eventMessageKeys.invalidSatisfaction;
  return eventMessageKeys.required;
}
