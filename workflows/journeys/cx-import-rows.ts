import { z } from 'zod';
import { journeyChannels } from './journey-map.ts';
import { hasControlCharacter, hasVisibleCharacter } from '../text/user-text.ts';
import { acceptRow } from './cx-import-fast-rows.ts';

/** Channels customer-experience data can come from: the journey channels plus the written ones. */
export const cxChannels = [...journeyChannels, 'email', 'social_media'] as const;
export type CxChannel = (typeof cxChannels)[number];

/** Message keys the import screen translates. */
export const importMessageKeys = {
  required: 'cx_import.required',
  invalidCode: 'cx_import.invalid_code',
  invalidDate: 'cx_import.invalid_date',
  invalidChannel: 'cx_import.invalid_channel',
  notANumber: 'cx_import.not_a_number',
  notAnInteger: 'cx_import.not_an_integer',
  outOfRange: 'cx_import.out_of_range',
  tooLong: 'cx_import.too_long',
  controlCharacter: 'cx_import.control_character',
} as const;
export type ImportMessageKey = (typeof importMessageKeys)[keyof typeof importMessageKeys];

/** A CSV cell: missing, blank and invisible (zero-width, bidi marks alone) are the same thing. */
const cell = z
  .string({ error: importMessageKeys.required })
  .transform((v) => v.trim())
  .pipe(z.string().refine(hasVisibleCharacter, { error: importMessageKeys.required }))
  .pipe(z.string().refine((v) => !hasControlCharacter(v, { oneLine: false }), { error: importMessageKeys.controlCharacter }));

const code = cell.pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, { error: importMessageKeys.invalidCode }));

/** True for a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const date = cell.pipe(z.string().refine(isCalendarDate, { error: importMessageKeys.invalidDate }));

const channel = cell.transform((v) => v.toLowerCase()).pipe(z.enum(cxChannels, { error: importMessageKeys.invalidChannel }));

const number = cell.pipe(
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, { error: importMessageKeys.notANumber })
    .transform(Number),
);
const nonNegative = number.pipe(z.number().min(0, { error: importMessageKeys.outOfRange }));
const count = number.pipe(z.number().int({ error: importMessageKeys.notAnInteger }).min(0, { error: importMessageKeys.outOfRange }));
const satisfaction = number.pipe(
  z
    .number()
    .int({ error: importMessageKeys.notAnInteger })
    .min(1, { error: importMessageKeys.outOfRange })
    .max(5, { error: importMessageKeys.outOfRange }),
);

export const complaintRowSchema = z.object({
  service_code: code,
  channel,
  date,
  category: cell.pipe(z.string().max(100, { error: importMessageKeys.tooLong })),
  text: cell.pipe(z.string().max(4000, { error: importMessageKeys.tooLong })),
});
export type ComplaintRow = z.infer<typeof complaintRowSchema>;

export const surveyRowSchema = z.object({
  service_code: code,
  centre_code: code,
  channel,
  satisfaction,
  date,
});
export type SurveyRow = z.infer<typeof surveyRowSchema>;

export const centreOperationsRowSchema = z.object({
  centre_code: code,
  date,
  transactions_served: count,
  average_wait_minutes: nonNegative,
  average_service_minutes: nonNegative,
});
export type CentreOperationsRow = z.infer<typeof centreOperationsRowSchema>;

export const cxImportSchemas = {
  complaints: complaintRowSchema,
  survey_answers: surveyRowSchema,
  centre_operations: centreOperationsRowSchema,
} as const;
export type CxImportKind = keyof typeof cxImportSchemas;
export const cxImportKinds = Object.keys(cxImportSchemas) as CxImportKind[];

export interface CxImportRows {
  complaints: ComplaintRow;
  survey_answers: SurveyRow;
  centre_operations: CentreOperationsRow;
}

/** The columns each file must have, in the order of the template. */
export function importColumns(kind: CxImportKind): string[] {
  return Object.keys(cxImportSchemas[kind].shape);
}

export interface BadCell {
  /** File line: the header is line 1, so the first data row is `firstRowNumber` (2 by default). */
  row: number;
  column: string;
  messageKey: string;
}

export interface RowValidation<K extends CxImportKind> {
  good: { row: number; value: CxImportRows[K] }[];
  bad: BadCell[];
}

/** Header check before the rows: missing columns refuse the file, extra ones are listed. */
export function validateHeader(kind: CxImportKind, header: readonly string[]): { missing: string[]; unknown: string[] } {
  const expected = importColumns(kind);
  const seen = header.map((h) => h.trim());
  return {
    missing: expected.filter((c) => !seen.includes(c)),
    unknown: seen.filter((c) => !expected.includes(c)),
  };
}

/**
 * Validates parsed CSV rows (header -> cell text). Each bad cell is listed once, so a
 * file can be refused with every problem shown, or imported with the bad rows skipped.
 */
export function validateRows<K extends CxImportKind>(
  kind: K,
  rows: readonly Record<string, string | undefined>[],
  firstRowNumber = 2,
): RowValidation<K> {
  const schema = cxImportSchemas[kind];
  const out: RowValidation<K> = { good: [], bad: [] };
  rows.forEach((raw, i) => {
    const row = firstRowNumber + i;
    // Most rows are good: the hand-written check takes them; the schema names what is wrong with the rest.
    const fast = acceptRow(kind, raw);
    if (fast !== undefined) {
      out.good.push({ row, value: fast });
      return;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      out.good.push({ row, value: parsed.data as CxImportRows[K] });
      return;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '');
      if (seen.has(column)) continue;
      seen.add(column);
      out.bad.push({ row, column, messageKey: issue.message });
    }
  });
  return out;
}
