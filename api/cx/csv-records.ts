import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { translateCsvError } from '../spreadsheets/csv-refusals.ts';

export interface CsvRecords {
  /** The header as written, once read. */
  header(): string[];
  records: AsyncIterable<Record<string, string>>;
}

/**
 * Streams a CSV (text, or a byte/text stream) as header -> cell records, one at a time,
 * so a million-row file never sits parsed in memory. A leading byte-order mark is dropped;
 * a file the parser cannot read fails with `errors.csv.malformed` and its line.
 */
export function csvRecords(input: string | Readable | AsyncIterable<string | Buffer>): CsvRecords {
  let header: string[] = [];
  const source = typeof input === 'string' ? Readable.from([input]) : input instanceof Readable ? input : Readable.from(input);
  const parser = source.pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      columns: (names: string[]) => {
        header = names.map((n) => n.trim());
        return header;
      },
    }),
  );
  return { header: () => header, records: readable(parser as AsyncIterable<Record<string, string>>) };
}

/** The parser's records, its syntax errors turned into a translated refusal with the line. */
async function* readable(records: AsyncIterable<Record<string, string>>): AsyncGenerator<Record<string, string>> {
  try {
    yield* records;
  } catch (err) {
    throw translateCsvError(err);
  }
}
