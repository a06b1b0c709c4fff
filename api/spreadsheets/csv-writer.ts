import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula, type SpreadsheetCell } from './spreadsheet-cell.ts';

/**
 * The one CSV writer of every export: RFC 4180 quoting (only where needed), CRLF rows,
 * a byte-order mark so Excel reads Arabic as UTF-8, and text cells neutralised so a
 * spreadsheet never runs a formula that a user typed into a title or a name.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly SpreadsheetCell[])[]): string {
  const body = stringify([header, ...rows] as SpreadsheetCell[][], {
    record_delimiter: 'windows',
    // Giving a record delimiter turns off quoting of lone \n and \r; a multi-line cell needs it.
    quote_record_delimiter: true,
    cast: { string: neutraliseFormula },
  });
  return `\uFEFF${body}`;
}
