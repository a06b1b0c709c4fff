import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { neutraliseFormula, type SpreadsheetCell } from './spreadsheet-cell.ts';

/**
 * A one-sheet workbook: bold header, numbers as numbers, empty cells left empty, and text
 * neutralised like the CSV writer's, so both files of one export read the same.
 */
export async function toXlsx(
  header: readonly string[],
  rows: readonly (readonly SpreadsheetCell[])[],
  options: { sheet: string; rightToLeft: boolean },
): Promise<Buffer> {
  const cell = (v: SpreadsheetCell) => (v === null ? null : typeof v === 'number' ? { value: v } : { value: neutraliseFormula(v) });
  const data: SheetData = [
    header.map((h) => ({ value: neutraliseFormula(h), fontWeight: 'bold' as const })),
    ...rows.map((r) => r.map(cell)),
  ];
  return writeXlsxFile(data, { sheet: options.sheet, rightToLeft: options.rightToLeft, stickyRowsCount: 1 }).toBuffer();
}
