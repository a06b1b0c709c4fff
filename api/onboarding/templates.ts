import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { toCsv } from '../spreadsheets/csv-writer.ts';
import { neutraliseFormula } from '../spreadsheets/spreadsheet-cell.ts';
import { columnNotes } from '../../workflows/onboarding/column-notes.ts';
import type { ListDefinition } from '../../workflows/onboarding/list-definition.ts';

export interface TemplateFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The explanation rows: one per column, in both languages. */
function explanation(def: ListDefinition<unknown>): string[][] {
  const notes = columnNotes[def.name];
  return def.columns.map((c) => [
    c.key,
    c.required ? 'yes' : 'no',
    c.allowed?.join(', ') ?? '',
    c.example,
    notes[c.key]?.ar ?? '',
    notes[c.key]?.en ?? '',
  ]);
}
const explanationHeader = ['column', 'required', 'allowed_values', 'example', 'الشرح', 'notes'];

/**
 * A list's template. CSV: the header row of English column keys alone (a CSV has one sheet,
 * and a second header row would be read as data). XLSX: the same header on the first sheet,
 * which is the one the import reads, and a second sheet explaining every column in Arabic
 * and English. Every text cell passes through the formula neutraliser.
 */
export async function listTemplate(def: ListDefinition<unknown>, format: 'csv' | 'xlsx'): Promise<TemplateFile> {
  const header = def.columns.map((c) => c.key);
  if (format === 'csv') {
    return {
      fileName: `${def.name}-template.csv`,
      mimeType: 'text/csv',
      base64: Buffer.from(toCsv(header, []), 'utf8').toString('base64'),
    };
  }
  const bold = (v: string) => ({ value: neutraliseFormula(v), fontWeight: 'bold' as const });
  const list: SheetData = [header.map(bold)];
  const columns: SheetData = [explanationHeader.map(bold), ...explanation(def).map((r) => r.map((v) => ({ value: neutraliseFormula(v) })))];
  const bytes = await writeXlsxFile([
    { data: list, sheet: def.name, stickyRowsCount: 1 },
    { data: columns, sheet: 'columns', stickyRowsCount: 1 },
  ]).toBuffer();
  return {
    fileName: `${def.name}-template.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
  };
}
