/** Progress of the imports running in this process, for the import screen's progress bar. */
export interface ImportProgress {
  rowsRead: number;
  /** Best guess of the rows in the file (its line count), 0 when unknown. */
  rowsExpected: number;
  badRows: number;
  done: boolean;
  userId: string;
}

// Process-local on purpose: the rows are written in one transaction nobody else sees until
// it commits, so progress cannot be read from the database.
const running = new Map<string, ImportProgress>();

export function reportProgress(importId: string, progress: ImportProgress): void {
  running.set(importId, progress);
  // Keep a finished entry a while so a last poll sees 100 %, then forget it.
  if (progress.done) setTimeout(() => running.delete(importId), 60_000).unref();
}

export function importProgress(importId: string): ImportProgress | null {
  return running.get(importId) ?? null;
}
