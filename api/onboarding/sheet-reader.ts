import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { AppError } from '../trpc/app-error.ts';
import { translateCsvError } from '../spreadsheets/csv-refusals.ts';
import { fileMessageKeys } from '../../workflows/onboarding/row-problem.ts';
import { maxSheetRows, type Sheet } from '../../workflows/onboarding/sheet.ts';

export type SheetFormat = 'csv' | 'xlsx';

/** An .xlsx is a zip archive: it starts with the local file header "PK\3\4". */
export function formatOf(bytes: Uint8Array): SheetFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

type Cell = string | number | boolean | Date | null | undefined;

/** A workbook cell as the text a user typed: numbers without exponent noise, dates as YYYY-MM-DD. */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value).trim();
}

/**
 * Row 1 is the header (keys trimmed, lower case); each later row keeps its number as the
 * spreadsheet shows it, and rows with nothing in them are left out (but still counted).
 */
function toSheet(rows: readonly (readonly Cell[])[]): Sheet {
  const [head = [], ...body] = rows;
  const header = head.map((c) => cellText(c).toLowerCase());
  const out: Sheet = { header, rows: [] };
  body.forEach((cells, i) => {
    const texts = cells.map(cellText);
    if (texts.some((t) => t !== '')) out.rows.push({ row: i + 2, cells: texts });
  });
  return out;
}

function readCsv(bytes: Uint8Array): Sheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('BAD_REQUEST', fileMessageKeys.notUtf8);
  }
  // A quick count first, so a million-line file is refused before it is parsed.
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= maxSheetRows + 1; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > maxSheetRows + 1) throw new AppError('BAD_REQUEST', fileMessageKeys.tooManyRows, { max: maxSheetRows });
  try {
    return toSheet(parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][]);
  } catch (err) {
    throw translateCsvError(err);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  let rows: Cell[][];
  try {
    // The first sheet holds the list (a template's second sheet only explains the columns).
    rows = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 1)) as Cell[][];
  } catch {
    throw new AppError('BAD_REQUEST', fileMessageKeys.unreadableWorkbook);
  }
  if (rows.length > maxSheetRows + 1) throw new AppError('BAD_REQUEST', fileMessageKeys.tooManyRows, { max: maxSheetRows });
  return toSheet(rows);
}

/** A CSV (UTF-8) or an .xlsx workbook, told apart by their first bytes, as a sheet of text cells. */
export function readUploadedSheet(bytes: Uint8Array): Promise<Sheet> {
  return formatOf(bytes) === 'xlsx' ? readXlsx(bytes) : Promise.resolve(readCsv(bytes));
}
