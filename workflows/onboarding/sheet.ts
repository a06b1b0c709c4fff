/**
 * A list as read from a CSV or a workbook: the header's column keys and every data row's
 * cells as text, each with the row number the user sees in the file (the header is row 1).
 */
export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

export interface SheetRow {
  /** 1-based, counting the header and blank rows, as a spreadsheet numbers them. */
  row: number;
  cells: string[];
}

/** The most data rows one file may hold: a whole organisation, with room to spare. */
export const maxSheetRows = 5000;
