import { pipeline, Readable } from 'node:stream';
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
  async function* records(): AsyncGenerator<Record<string, string>> {
    // Parsing starts with the first read, not before: an error must find its reader listening.
    const parser = parse({
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      columns: (names: string[]) => {
        header = names.map((n) => n.trim());
        return header;
      },
    });
    // The pipeline listens for errors on both streams for as long as they live, so a parse
    // error raised after the reader stopped early (a refused header) is never an uncaught one.
    pipeline(source, parser, () => undefined);
    const rows = (parser as AsyncIterable<Record<string, string>>)[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await rows.next().catch((err: unknown) => Promise.reject(translateCsvError(err)));
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A reader that stops early (a refused header) wants no more rows, nor the errors in them.
      parser.destroy();
    }
  }
  return { header: () => header, records: records() };
}
