import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import type { ScoreCell } from './score-table.ts';

/** One-sheet workbook: bold header, numbers as numbers, empty cells left empty. */
export async function toXlsx(header: readonly string[], rows: readonly (readonly ScoreCell[])[], rightToLeft: boolean): Promise<Buffer> {
  const data: SheetData = [
    header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...rows.map((r) => r.map((v) => (v === null ? null : { value: v }))),
  ];
  return writeXlsxFile(data, { sheet: 'scores', rightToLeft, stickyRowsCount: 1 }).toBuffer();
}
