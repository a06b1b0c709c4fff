import pg from 'pg';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { CopyRowsSource } from './copy-rows.ts';
import { preparedName } from './prepared-statement.ts';

/**
 * The pool's client: a plain `pg` client, except that a statement whose only parameter is a
 * `CopyRowsSource` (engine/db/copy-rows.ts) runs as `COPY … FROM STDIN` with those rows
 * streamed in, on this connection, so inside whatever transaction it is in. Answers the
 * shape Kysely reads from a query, with the rows written in `copied`. A statement marked by
 * `preparedStatement` runs as a named prepared statement: parsed and planned once per connection.
 */
export class CopyingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this passes them all through.
  override query(...args: any[]): any {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length === 1 && values[0] instanceof CopyRowsSource)
      return this.#copy(text, values[0]);
    const name = typeof text === 'string' && args.length === 2 ? preparedName(text) : null;
    if (name) return super.query({ name, text, values });
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    return (super.query as (...a: any[]) => any)(...args);
  }

  async #copy(text: string, source: CopyRowsSource): Promise<{ command: string; rowCount: number; rows: { copied: number }[] }> {
    const stream = super.query(copyFrom(text));
    // A refused row (a constraint, a trigger) fails the pipeline with the server's error.
    await pipeline(Readable.from(source.chunks), stream);
    return { command: 'COPY', rowCount: stream.rowCount, rows: [{ copied: stream.rowCount }] };
  }
}
