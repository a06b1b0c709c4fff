/** A value of an exported table: text, a number, or an empty cell. */
export type SpreadsheetCell = string | number | null;

/**
 * First characters that make Excel, LibreOffice or Numbers read a text cell as a formula
 * (OWASP "CSV injection"): = + - @, tab and carriage return, and the full-width forms
 * of = + - @ that Numbers folds into the ASCII ones.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text as a spreadsheet must show it, never run it: a leading single quote keeps a title
 * such as `=HYPERLINK(...)` a plain string. Numbers never pass here, so -5 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
