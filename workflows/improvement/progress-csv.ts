import { z } from 'zod';
import type { ActionStatus } from './action-status.ts';
import { commentSchema, progressValueSchema } from './action-workflow.ts';

export const progressCsvColumns = ['action', 'progress', 'status', 'comment'] as const;
export type ProgressCsvColumn = (typeof progressCsvColumns)[number];

/** Statuses a spreadsheet may set; everything else goes through the form's own buttons. */
export const progressCsvStatuses = ['in_progress', 'done'] as const;

const key = (name: string) => `improvement.csv.${name}`;

/**
 * One spreadsheet row after trimming; progress and comment reuse the form's schemas. `action` is the action's id or its human code;
 * `progress` may be written "45" or "45%", and must be a whole number 0..100 as in the form.
 */
export const progressCsvRowSchema = z.object({
  action: z.string().min(1, { error: key('actionRequired') }),
  progress: z
    .string()
    .transform((v) => v.replace(/%$/, '').trim())
    .pipe(z.string().regex(/^\d*$/, { error: 'improvement.progress.whole' }))
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(progressValueSchema.nullable()),
  status: z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.enum(progressCsvStatuses, { error: key('statusUnknown') }).nullable()),
  comment: z.string().pipe(commentSchema),
});
export type ProgressCsvRow = z.output<typeof progressCsvRowSchema>;

/** What the upload knows about the actions the uploader may touch. */
export interface KnownAction {
  id: string;
  code: string;
  entityId: string;
  status: ActionStatus;
}

export type ProgressCsvEvent =
  | { type: 'START' }
  | { type: 'UPDATE_PROGRESS'; progress: number; comment?: string }
  | { type: 'COMPLETE'; comment?: string };

export interface GoodProgressRow {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  actionId: string;
  /** The events to send, in order, as the form's buttons would. */
  events: ProgressCsvEvent[];
}

export interface BadProgressRow {
  row: number;
  column: ProgressCsvColumn;
  messageKey: string;
}

export interface ProgressCsvResult {
  /** True only when every row is good: the upload is applied whole or not at all. */
  ok: boolean;
  good: GoodProgressRow[];
  bad: BadProgressRow[];
}

const firstDataRow = 2;

function cell(record: Readonly<Record<string, string | undefined>>, column: ProgressCsvColumn): string {
  return (record[column] ?? '').trim();
}

function isColumn(value: unknown): value is ProgressCsvColumn {
  return (progressCsvColumns as readonly unknown[]).includes(value);
}

/**
 * Validates parsed CSV records (header names as keys) against the same rules as the
 * progress form and the action machine: progress moves only while in progress, or as
 * the row starts the work; "done" means 100. Actions of other entities read as unknown,
 * so an upload cannot probe for them.
 */
export function validateProgressCsv(
  records: readonly Readonly<Record<string, string | undefined>>[],
  actions: readonly KnownAction[],
  uploaderEntityId: string,
): ProgressCsvResult {
  const visible = actions.filter((a) => a.entityId === uploaderEntityId);
  const byRef = new Map<string, KnownAction>();
  for (const a of visible) {
    byRef.set(a.id, a);
    byRef.set(a.code, a);
  }

  const good: GoodProgressRow[] = [];
  const bad: BadProgressRow[] = [];
  const seen = new Set<string>();

  for (const [index, record] of records.entries()) {
    const row = index + firstDataRow;
    const fail = (column: ProgressCsvColumn, name: string): void => {
      bad.push({ row, column, messageKey: key(name) });
    };

    const parsed = progressCsvRowSchema.safeParse({
      action: cell(record, 'action'),
      progress: cell(record, 'progress'),
      status: cell(record, 'status'),
      comment: cell(record, 'comment'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0];
        bad.push({ row, column: isColumn(column) ? column : 'action', messageKey: issue.message });
      }
      continue;
    }
    const { action: ref, progress, status, comment } = parsed.data;

    const action = byRef.get(ref);
    if (!action) {
      fail('action', 'unknownAction');
      continue;
    }
    if (seen.has(action.id)) {
      fail('action', 'duplicateAction');
      continue;
    }
    seen.add(action.id);

    if (progress === null && status === null) {
      fail('progress', 'nothingToUpdate');
      continue;
    }
    if (action.status !== 'approved' && action.status !== 'in_progress') {
      fail(status !== null ? 'status' : 'progress', 'actionNotOpen');
      continue;
    }
    // Progress is recorded only in progress; an approved action must be started by the same row.
    if (action.status === 'approved' && status === null) {
      fail('progress', 'startFirst');
      continue;
    }
    if (status === 'done' && progress !== null && progress !== 100) {
      fail('progress', 'doneMeans100');
      continue;
    }

    const note = comment === '' ? {} : { comment };
    const events: ProgressCsvEvent[] = [];
    if (action.status === 'approved') events.push({ type: 'START' });
    if (progress !== null && status !== 'done') events.push({ type: 'UPDATE_PROGRESS', progress, ...note });
    if (status === 'done') events.push({ type: 'COMPLETE', ...note });
    good.push({ row, actionId: action.id, events });
  }

  return { ok: bad.length === 0, good, bad };
}
