import type { ListDefinition, ReferenceData } from './list-definition.ts';
import { fileMessageKeys, quoted, type OnboardingMessageKey, type RowProblem } from './row-problem.ts';
import { onboardingMessageKeys as keys } from './row-problem.ts';
import { hostileCell } from './hostile-cell.ts';
import { maxSheetRows, type Sheet } from './sheet.ts';

/** A refusal of the whole file, before rows are read. */
export interface FileProblem {
  messageKey: (typeof fileMessageKeys)[keyof typeof fileMessageKeys];
  params: Record<string, string | number>;
}

export interface ValidRow<R> {
  row: number;
  record: R;
}

export interface SheetValidation<R> {
  valid: ValidRow<R>[];
  /** Every problem, in row then column order. */
  problems: RowProblem[];
  /** Rows with at least one problem. */
  badRows: number;
}

/**
 * The header's problem, if any: every column must be one of the list's (a misspelt header
 * would otherwise drop a column silently), required ones present, none twice.
 */
export function headerProblem<R>(def: ListDefinition<R>, header: readonly string[]): FileProblem | null {
  const known = new Set(def.columns.map((c) => c.key));
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') continue;
    if (!known.has(name)) return { messageKey: fileMessageKeys.unknownColumn, params: { column: quoted(name) } };
    if (seen.has(name)) return { messageKey: fileMessageKeys.repeatedColumn, params: { column: name } };
    seen.add(name);
  }
  const missing = def.columns.find((c) => c.required && !seen.has(c.key));
  return missing ? { messageKey: fileMessageKeys.missingColumn, params: { column: missing.key } } : null;
}

/** The file's problem with its size: no data rows, or more than one file may hold. */
export function sizeProblem(sheet: Sheet): FileProblem | null {
  if (sheet.rows.length === 0) return { messageKey: fileMessageKeys.noRows, params: {} };
  if (sheet.rows.length > maxSheetRows) return { messageKey: fileMessageKeys.tooManyRows, params: { max: maxSheetRows } };
  return null;
}

/**
 * Every row through the list's schema, its reference checks and the file's uniqueness rules,
 * collecting each problem with its row and column. A row with any problem is not valid.
 * The header must have passed `headerProblem` first.
 */
export function validateSheet<R>(def: ListDefinition<R>, sheet: Sheet, data: ReferenceData): SheetValidation<R> {
  const problems: RowProblem[] = [];
  const valid: ValidRow<R>[] = [];
  const columns = new Map(def.columns.map((c) => [c.key, c]));
  /** Per unique column: value -> first row that has it. */
  const firstSeen = new Map<string, Map<string, number>>();
  let badRows = 0;

  for (const { row, cells } of sheet.rows) {
    const rowProblems: RowProblem[] = [];
    const add = (column: string, messageKey: OnboardingMessageKey, params: Record<string, string | number>) => {
      if (!rowProblems.some((p) => p.column === column)) rowProblems.push({ row, column, messageKey, params });
    };
    const record: Record<string, string> = {};
    sheet.header.forEach((name, i) => {
      if (name === '') return;
      const text = cells[i] ?? '';
      const hostile = hostileCell(text, columns.get(name)!.max);
      if (hostile) add(name, hostile.messageKey, hostile.params);
      record[name] = hostile ? '' : text;
    });
    for (const c of def.columns) record[c.key] ??= '';

    const parsed = def.schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? def.keyColumn);
        const spec = columns.get(column);
        const extra = (issue as { params?: Record<string, string> }).params ?? {};
        add(column, issue.message as OnboardingMessageKey, {
          column,
          value: quoted(extra.value ?? record[column] ?? ''),
          ...(spec?.allowed ? { allowed: spec.allowed.join(', ') } : {}),
        });
      }
    } else {
      const r = parsed.data;
      for (const p of def.references(r, data)) add(p.column, p.messageKey, { column: p.column, ...p.params });
      const uniques = [{ column: def.keyColumn, valueOf: (x: R) => def.keyOf(x) }, ...def.uniqueColumns];
      for (const u of uniques) {
        const value = u.valueOf(r);
        if (value === null || value === '') continue;
        const seen = firstSeen.get(u.column) ?? new Map<string, number>();
        firstSeen.set(u.column, seen);
        const other = seen.get(value);
        if (other === undefined) seen.set(value, row);
        else add(u.column, keys.duplicateInFile, { column: u.column, value: quoted(value), other });
      }
      if (rowProblems.length === 0) valid.push({ row, record: r });
    }
    if (rowProblems.length > 0) {
      badRows++;
      const order = (column: string) => def.columns.findIndex((c) => c.key === column);
      problems.push(...rowProblems.sort((a, b) => order(a.column) - order(b.column)));
    }
  }
  return { valid, problems, badRows };
}
