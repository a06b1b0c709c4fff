import { hasControlCharacter, hasVisibleCharacter } from '../text/user-text.ts';
import { cxChannels, isCalendarDate, type CxImportKind, type CxImportRows } from './cx-import-rows.ts';

/**
 * The import's hot path: a hand-written check that accepts exactly the rows the zod schemas
 * in cx-import-rows.ts accept, and answers the same value, several times cheaper per row. It
 * says nothing about a bad row (undefined): the schema then runs to name every bad cell.
 * tests/journeys/cx-import-fast-rows.test.ts proves the two agree (fast-check).
 */
type Raw = Readonly<Record<string, unknown>>;

const codePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const numberPattern = /^-?\d+(\.\d+)?$/;
// Built on first use: cx-import-rows.ts imports this module, so its constants are not ready at load.
let channels: ReadonlySet<string> | undefined;

/** A free-text cell, trimmed, with something to read and no control character, at most `max` long. */
function text(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return (t.length <= max || codePoints(t) <= max) && hasVisibleCharacter(t) && !hasControlCharacter(t, { oneLine: false }) ? t : undefined;
}

/** zod counts a string's length in code points (an emoji is one), as people do. */
function codePoints(t: string): number {
  let n = 0;
  for (const _ of t) n++;
  return n;
}

// The patterns below admit only visible, non-control ASCII, so the schema's cell checks hold.
function code(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return codePattern.test(t) ? t : undefined;
}

function date(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return isCalendarDate(t) ? t : undefined;
}

/** Lower-case letters and `_` only come from letters, `_` and the Kelvin sign: visible, not controls. */
function channel(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim().toLowerCase();
  channels ??= new Set(cxChannels);
  return channels.has(t) ? t : undefined;
}

function number(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (!numberPattern.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** zod's `.int()` is a safe integer. */
function integer(v: unknown, min: number, max: number): number | undefined {
  const n = number(v);
  return n !== undefined && Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

function nonNegative(v: unknown): number | undefined {
  const n = number(v);
  return n !== undefined && n >= 0 ? n : undefined;
}

const accept: { [K in CxImportKind]: (raw: Raw) => CxImportRows[K] | undefined } = {
  complaints(raw) {
    const service_code = code(raw.service_code);
    const ch = channel(raw.channel);
    const d = date(raw.date);
    const category = text(raw.category, 100);
    const body = text(raw.text, 4000);
    if (service_code === undefined || ch === undefined || d === undefined || category === undefined || body === undefined) return undefined;
    return { service_code, channel: ch as CxImportRows['complaints']['channel'], date: d, category, text: body };
  },
  survey_answers(raw) {
    const service_code = code(raw.service_code);
    const centre_code = code(raw.centre_code);
    const ch = channel(raw.channel);
    const satisfaction = integer(raw.satisfaction, 1, 5);
    const d = date(raw.date);
    if (service_code === undefined || centre_code === undefined || ch === undefined || satisfaction === undefined || d === undefined)
      return undefined;
    return { service_code, centre_code, channel: ch as CxImportRows['survey_answers']['channel'], satisfaction, date: d };
  },
  centre_operations(raw) {
    const centre_code = code(raw.centre_code);
    const d = date(raw.date);
    const transactions_served = integer(raw.transactions_served, 0, Number.MAX_SAFE_INTEGER);
    const average_wait_minutes = nonNegative(raw.average_wait_minutes);
    const average_service_minutes = nonNegative(raw.average_service_minutes);
    if (
      centre_code === undefined ||
      d === undefined ||
      transactions_served === undefined ||
      average_wait_minutes === undefined ||
      average_service_minutes === undefined
    )
      return undefined;
    return { centre_code, date: d, transactions_served, average_wait_minutes, average_service_minutes };
  },
};

/** The row as the schema would parse it, or undefined when the schema would refuse it. */
export function acceptRow<K extends CxImportKind>(kind: K, raw: Raw): CxImportRows[K] | undefined {
  return (accept[kind] as (raw: Raw) => CxImportRows[K] | undefined)(raw);
}
