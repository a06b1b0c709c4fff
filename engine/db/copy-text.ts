/** A value COPY's text format can carry: null is `\N`, numbers as JavaScript writes them. */
export type CopyValue = string | number | null;

const special = /[\\\t\n\r]/;
const specials = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * One field of COPY's text format (https://www.postgresql.org/docs/current/sql-copy.html):
 * backslash, tab, line feed and carriage return escaped. NUL cannot be stored in a text
 * column at all; the import's validation refuses it, and this refuses it again rather than
 * send it.
 */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY: not a finite number: ${value}`);
    return String(value);
  }
  if (value.includes('\0')) throw new Error('COPY: text holds a NUL character');
  return special.test(value) ? value.replace(specials, (c) => escapes[c]!) : value;
}

/** Rows as COPY text, cut into chunks of about `chunkSize` characters (one write each). */
export function copyTextChunks(rows: Iterable<readonly CopyValue[]>, chunkSize = 64 * 1024): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : '\t') + copyField(row[i]!);
    chunk += `${line}\n`;
    if (chunk.length >= chunkSize) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}
