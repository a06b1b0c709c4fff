import { CsvError } from 'csv-parse';
import { AppError } from '../trpc/app-error.ts';

/**
 * A CSV the parser could not read (an unterminated or stray quote, text after a closing
 * quote) as the user's mistake, naming the line where the parser stopped; anything else
 * is returned as it came, for the caller to rethrow.
 */
export function translateCsvError(err: unknown): unknown {
  if (!(err instanceof CsvError)) return err;
  const line = (err as CsvError & { lines?: unknown }).lines;
  return new AppError('BAD_REQUEST', 'errors.csv.malformed', { line: typeof line === 'number' ? line : 0 });
}

/** A file with no data rows (empty, blank lines, or a header alone) imports nothing: say so. */
export function emptyCsvRefusal(): AppError {
  return new AppError('BAD_REQUEST', 'errors.csv.empty');
}
